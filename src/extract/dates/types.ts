/** Shapes shared by the date rules: the date tokens, what a rule returns, and the anchor to resolve. */
import type { DateType, RuleSpan } from '../../types.js';

/** A token as the date rules see it: hyphenated words are split ("third-quarter" → third, -, quarter). */
export interface DateToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** True when the token touches the previous one (no space between). */
  glued: boolean;
  /** True for the pieces of one hyphenated word, except its first piece. */
  inWord: boolean;
  /** True when the first letter is upper case. */
  cap: boolean;
}

/** Which way a bare weekday, month or season points when the text does not say. */
export type Lean = 'past' | 'future' | 'tense';

/**
 * How a value is computed from the reference date. `fixed` values are final already; the others
 * are resolved by `src/resolve/dates.ts` (which also reads the clause's tense for `lean: 'tense'`).
 */
export type Anchor =
  | { kind: 'fixed'; value: string }
  /** Today ± n units, written at the precision of `unit` ("last year" → year -1; "two days ago" → day -2). */
  | {
    kind: 'shift'; unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century'; by: number; time?: string;
    /** "a year ago", "year-earlier": in an article about a quarter, the same quarter a year before. */
    comparison?: boolean;
    /** A clock time without a day ("at 21:15"): the day its sentence names, else the reference date. */
    dayFromContext?: boolean;
    /**
     * Unit `weekend`, by 0: "the coming weekend" (`future`) is the first weekend from the reference
     * date on (the reference week's own midweek), not the one just past; "this weekend" (`tense`)
     * is that one too, unless its clause is in the past tense. Without it, "the weekend" midweek is
     * the one just past.
     */
    lean?: Lean;
  }
  /**
   * `recent`: the most recent such day, today included, whatever the tense ("Friday's trading").
   * `fromContext`: counted from the last day the text named, not from the reference date ("the
   * previous Friday", "the following Monday").
   */
  | { kind: 'weekday'; weekday: number; lean: Lean; weeks?: number; time?: string; recent?: boolean; fromContext?: boolean }
  /** A month (and day) without a year. `yearShift` when the text says "last year"/"this year". */
  | {
    kind: 'month'; month: number; day?: number; lean: Lean; yearShift?: number; time?: string;
    /** Holidays like Thanksgiving: the n-th weekday of the month (n = -1: the last), plus some days. */
    nth?: { n: number; weekday: number; plusDays: number };
    /** "the week of March 6": the ISO week holding the day. */
    week?: boolean;
  }
  /**
   * A quarter or half without a year; `latest` = the last reported quarter. `year` ("the 1988
   * quarter", "the 1988 period"): the reported quarter of that year, in an article about a quarter;
   * elsewhere just the year.
   */
  | { kind: 'quarter'; quarter: number | 'latest'; half?: boolean; lean: Lean; yearShift?: number; year?: number }
  | { kind: 'season'; season: string; lean: Lean; yearShift?: number }
  /** "that year", "the following month": ± n units from the last calendar date given before it. */
  | { kind: 'anaphoric'; unit: 'year' | 'month' | 'week' | 'day'; by: number };

/** What one rule found at a token position. Token indices: `start` inclusive, `end` exclusive. */
export interface RuleMatch {
  start: number;
  end: number;
  type: DateType;
  anchor: Anchor;
  mod?: string;
  /** The time zone after a clock time (a TIME_ZONES key): its offset joins the value. */
  zone?: string;
}

export interface DateRule {
  /** kebab-case, public: it becomes `DateFact.rule`. */
  name: string;
  /** Try the rule at token `i`; return null to turn the position down. */
  match(tokens: readonly DateToken[], i: number): RuleMatch | null;
}

/** One temporal expression found in the text, before resolution against the reference date. */
export interface DateDraft extends RuleSpan {
  type: DateType;
  anchor: Anchor;
  mod?: string;
  zone?: string;
  /** Index of the sentence holding it (for the tense of its clause). */
  sentence: number;
}
