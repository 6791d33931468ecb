/** Quotations: quoted and reported speech with cues. STUB: replaced by the quotes work. */
import type { ArticleDoc } from '../doc/article.js';
import type { QuoteFact } from '../types.js';

export interface QuoteDraft extends QuoteFact {}

export function extractQuotes(_doc: ArticleDoc): QuoteDraft[] {
  return [];
}
