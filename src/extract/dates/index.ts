/** Dates: temporal expressions. STUB: replaced by the dates work. */
import type { ArticleDoc } from '../../doc/article.js';
import type { DateFact } from '../../types.js';

export interface DateDraft extends DateFact {}

export function extractDates(_doc: ArticleDoc): DateDraft[] {
  return [];
}
