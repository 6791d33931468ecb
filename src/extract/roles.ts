/** Roles: titles and positions next to names. STUB: replaced by the people/roles work. */
import type { ArticleDoc } from '../doc/article.js';
import type { RoleFact } from '../types.js';

export interface RoleMention extends RoleFact {}

export function extractRoles(_doc: ArticleDoc): RoleMention[] {
  return [];
}
