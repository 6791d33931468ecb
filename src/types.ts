/**
 * The output contract, schema `extract-facts/1`.
 *
 * Every fact is a {@link Span}: `start`/`end` are JavaScript string indices (UTF-16 code units)
 * into the exact input text, `end` exclusive, and `text === input.slice(start, end)`.
 * Every array in {@link ArticleFacts} is sorted by `start` (then `end`), so the same input always
 * gives the same bytes. The JSON Schema of this shape is `schema/extract-facts-1.schema.json`.
 */

export const SCHEMA_ID = 'extract-facts/1' as const;

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A span produced by a named rule (kebab-case, public and stable: it is printed by `--explain`). */
export interface RuleSpan extends Span {
  rule: string;
}

export type FactKind = 'people' | 'roles' | 'dates' | 'numbers' | 'quotes';
export const FACT_KINDS: readonly FactKind[] = ['people', 'roles', 'dates', 'numbers', 'quotes'];

export interface RoleFact extends RuleSpan {
  /** The title as written, without affiliation adjectives: "Defense Minister", "former President". */
  title: string;
  /** The country, organization or place the role belongs to: "Turkey", "Acme Corp"; null if not given. */
  affiliation: string | null;
}

export interface PersonMention extends RuleSpan {}

export interface PersonFact {
  /** "p1", "p2", … in order of first mention. */
  id: string;
  /** Canonical name: the longest full form seen in the text. */
  name: string;
  roles: RoleFact[];
  mentions: PersonMention[];
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateFact extends RuleSpan {
  type: DateType;
  /** TIMEX3 value: "2025-08-13", "2024-12", "XXXX-12", "P3Y", "PAST_REF", …; null when unknown. */
  value: string | null;
  /** TIMEX3 mod where the words give one: "APPROX", "START", "MID", "END", "BEFORE", "AFTER", … */
  mod?: string;
}

export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'money' | 'quantity';

export interface NumberFact extends RuleSpan {
  value: number | null;
  kind: NumberKind;
  /** ISO 4217 code for money ("USD"), a unit for quantities ("km"), else null. */
  unit: string | null;
  /** The head noun of what a cardinal counts ("troops"), null if none. */
  counts: string | null;
  /** "more than", "about", "up to", … as written (lower-cased), null if none. */
  qualifier: string | null;
  /** Ranges ("between 300 and 400"): the bounds. */
  min?: number;
  max?: number;
}

/**
 * direct: a statement in marks (or a transcript turn, an embedded social post); partial: words in
 * marks inside the writer's sentence; indirect: reported speech without marks (span = the reported
 * clause); scare: marks that quote nobody (scare quotes, names, nicknames, titles), never a speaker.
 * The README's "Quotes" section is the contract, with examples.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'scare';

export interface Speaker {
  /** The speaker's name as resolved (a person's canonical name, an organization, "a spokesman"). */
  name: string;
  /** Link to `people[].id` when the speaker is a known person. */
  personId: string | null;
  /** The mention the attribution used: the "Guler" or "he" next to the cue. */
  start: number;
  end: number;
}

export interface QuoteFact extends RuleSpan {
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Span | null;
}

export interface ReferenceDate {
  /** YYYY-MM-DD */
  value: string;
  from: 'option' | 'record' | 'text';
  start?: number;
  end?: number;
}

export interface ArticleFacts {
  schema: typeof SCHEMA_ID;
  id: string;
  source: string;
  referenceDate: ReferenceDate | null;
  people: PersonFact[];
  dates: DateFact[];
  numbers: NumberFact[];
  quotes: QuoteFact[];
}

export interface FailedInput {
  schema: typeof SCHEMA_ID;
  id: string;
  source: string;
  error: { code: string; message: string };
}

export interface ExtractOptions {
  /** Document id in the output; default "-". */
  id?: string;
  /** Where the text came from; default "-". */
  source?: string;
  /** YYYY-MM-DD given by the user (`--reference-date`); wins over everything. */
  referenceDate?: string;
  /** YYYY-MM-DD given by the input record (`reference_date`); wins over the text. */
  recordReferenceDate?: string;
  /** Which kinds to extract; default all. `roles` without `people` still lists people (roles hang on them). */
  only?: readonly FactKind[];
}
