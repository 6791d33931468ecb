/** Run the dates stages alone (extract, reference date, resolve) on a text with a fixed reference date. */
import { buildArticle } from '../../../src/doc/article.js';
import { extractDates } from '../../../src/extract/dates/index.js';
import { resolveDates } from '../../../src/resolve/dates.js';
import { findReferenceDate } from '../../../src/resolve/reference-date.js';
import type { DateFact, ReferenceDate } from '../../../src/types.js';

export function datesOf(text: string, referenceDate?: string): { dates: DateFact[]; referenceDate: ReferenceDate | null } {
  const doc = buildArticle(text);
  const ref = findReferenceDate(doc, referenceDate ? { referenceDate } : {});
  return { dates: resolveDates(extractDates(doc), ref, doc), referenceDate: ref };
}

/** "text|TYPE|value" for each date, a compact form for case tables. */
export function brief(text: string, referenceDate?: string): string[] {
  return datesOf(text, referenceDate).dates.map((d) => `${d.text}|${d.type}|${d.value}${d.mod ? `|${d.mod}` : ''}`);
}
