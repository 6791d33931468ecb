/**
 * Option checks shared by the CLI and the library, so that both refuse the same values with the
 * same words: the CLI wraps the message in commander's "option '--only <kinds>' argument … is
 * invalid", the library throws it as a `UsageError`.
 */
import { UsageError } from './errors.js';
import { isValidDate } from './input/dates.js';
import { FACT_KINDS, type ExtractOptions, type FactKind } from './types.js';

export const DATE_EXPECTED = 'expected a calendar date as YYYY-MM-DD, e.g. 2025-08-13.';

/** What is wrong with a list of kinds, or null when every kind is known and there is at least one. */
export function kindsProblem(kinds: readonly unknown[]): string | null {
  const unknown = kinds.filter((k) => !FACT_KINDS.includes(k as FactKind)).map(String);
  if (unknown.length > 0) return `unknown kind "${unknown.join('", "')}"; choose from ${FACT_KINDS.join(', ')}.`;
  return kinds.length === 0 ? `no kind given; choose from ${FACT_KINDS.join(', ')}.` : null;
}

/** Throws a UsageError for a text that is not a string, or an option the CLI would refuse (`only` may be empty: all kinds). */
export function validateExtractInput(text: unknown, options: ExtractOptions): void {
  if (typeof text !== 'string') throw new UsageError(`text: expected a string, got ${text === null ? 'null' : typeof text}`, 'decode bytes first with decodeText(bytes).text');
  const { only, referenceDate, recordReferenceDate } = options;
  if (only !== undefined) {
    if (!Array.isArray(only)) throw new UsageError('only: expected an array of kinds', `e.g. only: ['people', 'quotes']; choose from ${FACT_KINDS.join(', ')}`);
    const problem = only.length > 0 ? kindsProblem(only) : null;
    if (problem) throw new UsageError(`only: ${problem}`);
  }
  for (const [name, value] of [['referenceDate', referenceDate], ['recordReferenceDate', recordReferenceDate]] as const) {
    if (value !== undefined && (typeof value !== 'string' || !isValidDate(value))) throw new UsageError(`${name} ${JSON.stringify(value)}: ${DATE_EXPECTED}`);
  }
}
