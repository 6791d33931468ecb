/** Attach roles to people. STUB: replaced by the people/roles work. */
import type { ArticleDoc } from '../doc/article.js';
import type { RoleMention } from '../extract/roles.js';
import type { PersonFact } from '../types.js';

export function resolveRoles(people: PersonFact[], _roles: RoleMention[], _doc: ArticleDoc): PersonFact[] {
  return people;
}
