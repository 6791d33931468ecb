import { parseYmd } from '../extract/dates/calendar.js';

/** YYYY-MM-DD validation for `--reference-date` and JSONL `reference_date` (a real calendar day). */
export function isValidDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseYmd(value) !== null;
}
