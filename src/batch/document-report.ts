/**
 * The one warning per document whose relative dates could not be resolved: no --reference-date,
 * no record `reference_date`, and no date in the text. It goes to stderr; the JSON is unchanged.
 */
import { isUnanchored } from '../resolve/dates.js';
import { datelineWithoutDate } from '../resolve/reference-date.js';
import type { ArticleFacts, FailedInput } from '../types.js';

/** How many of the unresolved dates the warning quotes. */
const SHOWN = 3;

export function unresolvedDatesWarning(facts: Pick<ArticleFacts, 'referenceDate' | 'dates'>, text: string): string | null {
  if (facts.referenceDate !== null) return null;
  const open = facts.dates.filter(isUnanchored);
  if (open.length === 0) return null;
  const quoted = open.slice(0, SHOWN).map((d) => JSON.stringify(d.text)).join(', ') + (open.length > SHOWN ? ', …' : '');
  const dateline = datelineWithoutDate(text);
  const why = dateline
    ? `its dateline ${JSON.stringify(dateline.trim())} carries no date and the text gives none`
    : 'no reference date was given or found in the text';
  const count = open.length === 1 ? '1 relative date' : `${open.length} relative dates`;
  return `${count} left unresolved (${quoted}): ${why}; give --reference-date YYYY-MM-DD, or a "reference_date" field in each JSONL record`;
}

/** What the CLI reports about one document's result: its error, or else its unresolved-dates warning. */
export function reportOf(result: ArticleFacts | FailedInput, text: string): { error: FailedInput['error'] | null; dateWarning: string | null } {
  if ('error' in result) return { error: result.error, dateWarning: null };
  return { error: null, dateWarning: unresolvedDatesWarning(result, text) };
}
