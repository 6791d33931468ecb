/** People: find person-name mentions (the name alone, no title). STUB: replaced by the people work. */
import type { ArticleDoc } from '../doc/article.js';
import type { RuleSpan } from '../types.js';

export interface NameMention extends RuleSpan {}

export function extractNameMentions(_doc: ArticleDoc): NameMention[] {
  return [];
}
