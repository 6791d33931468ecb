/** Anchor date drafts to the reference date. STUB: replaced by the dates work. */
import type { ArticleDoc } from '../doc/article.js';
import type { DateDraft } from '../extract/dates/index.js';
import type { DateFact, ReferenceDate } from '../types.js';

export function resolveDates(drafts: DateDraft[], _ref: ReferenceDate | null, _doc: ArticleDoc): DateFact[] {
  return drafts;
}
