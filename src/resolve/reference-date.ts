/** The article's own date: option, then record, then the text. STUB for the text part: replaced by the dates work. */
import type { ArticleDoc } from '../doc/article.js';
import type { ExtractOptions, ReferenceDate } from '../types.js';

export function findReferenceDate(_doc: ArticleDoc, options: ExtractOptions): ReferenceDate | null {
  if (options.referenceDate) return { value: options.referenceDate, from: 'option' };
  if (options.recordReferenceDate) return { value: options.recordReferenceDate, from: 'record' };
  return null;
}
