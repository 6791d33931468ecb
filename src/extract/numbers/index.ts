/** Numbers: values with kind, unit, what they count and a qualifier. STUB: replaced by the numbers work. */
import type { ArticleDoc } from '../../doc/article.js';
import type { NumberFact } from '../../types.js';

export function extractNumbers(_doc: ArticleDoc): NumberFact[] {
  return [];
}
