/**
 * The project's scorer, exactly as `../shared/eval/README.md` describes it. Counts are summed over
 * documents (micro-averaged); a kind is scored only on documents whose `annotated` lists it.
 *
 * - people: every mention of every person against the gold name spans; strict = same offsets,
 *   lenient = overlap.
 * - dates: strict, lenient (overlap), value (overlap and the same TIMEX3 value or one of `alt_values`).
 * - numbers: lenient (overlap) and value (overlap and the same value, relative tolerance 1e-6);
 *   only predictions whose kind is in `numbers_scope` count; predictions overlapping
 *   `numbers_excluded` are ignored.
 * - people: predictions overlapping `people_excluded` (a name inside a firm's or a work's name) are ignored.
 * - quotes: predictions of kind direct or partial; lenient = overlap of the quoted words;
 *   predictions overlapping `other_quoted` are ignored. speaker: a matched quote whose predicted
 *   speaker mention overlaps the gold speaker span, or whose speaker name contains the gold
 *   speaker text word for word ("Guler" in "Yasar Guler", not "he" in "Stephen"); where gold gives a resolved name and no span (bbc-facts),
 *   the name or one of `speaker_alt` matched by containment or by tokens (the shorter name's tokens
 *   all in the longer); precision over all scored predictions, recall over all gold quotes (a quote
 *   with no speaker in gold counts as right when we also give none). Segments marked
 *   `continues_previous` that one prediction spans are one gold quote (the lost paragraph break
 *   is no error of the tool); segments predicted one by one are scored one by one.
 * - roles: (person, title) pairs, see `roles.ts`; `roles.affiliation` is the affiliation accuracy
 *   over matched pairs with a non-null gold affiliation, printed as P = R = F1 (a wrong answer is
 *   both a false positive and a false negative, as for speakers).
 */
import type { ArticleFacts, DateFact, NumberFact, QuoteFact } from '../types.js';
import type { GoldQuote, GoldRecord } from './gold.js';
import { nameContains, namesMatch } from './loose.js';
import { matchSpans, overlapsAny, type Interval } from './match.js';
import { affiliationMatches, matchRoles } from './roles.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Metric extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export type MetricName =
  | 'people.strict' | 'people.lenient'
  | 'dates.strict' | 'dates.lenient' | 'dates.value'
  | 'numbers.lenient' | 'numbers.value'
  | 'quotes.lenient' | 'quotes.speaker'
  | 'roles' | 'roles.affiliation';

export type Tally = Partial<Record<MetricName, Counts>>;

export function metric(c: Counts): Metric {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function add(tally: Tally, name: MetricName, tp: number, predicted: number, gold: number): void {
  const c = (tally[name] ??= { tp: 0, fp: 0, fn: 0 });
  c.tp += tp;
  c.fp += predicted - tp;
  c.fn += gold - tp;
}

/** Score one document's prediction against its gold record, adding to `tally`. */
export function scoreDocument(gold: GoldRecord, predicted: ArticleFacts | undefined, tally: Tally): void {
  const annotated = new Set(gold.annotated);
  if (annotated.has('people')) scorePeople(gold, predicted, tally);
  if (annotated.has('dates')) scoreDates(gold, predicted?.dates ?? [], tally);
  if (annotated.has('numbers')) scoreNumbers(gold, predicted?.numbers ?? [], tally);
  if (annotated.has('quotes')) scoreQuotes(gold, predicted?.quotes ?? [], tally);
  if (annotated.has('roles')) scoreRoles(gold, predicted, tally);
}

function scorePeople(gold: GoldRecord, predicted: ArticleFacts | undefined, tally: Tally): void {
  const goldSpans = gold.people ?? [];
  const excluded = gold.people_excluded ?? [];
  const mentions = (predicted?.people ?? []).flatMap((p) => p.mentions).filter((m) => !overlapsAny(m, excluded));
  for (const mode of ['strict', 'lenient'] as const) {
    const { pairs } = matchSpans(goldSpans, mentions, mode);
    add(tally, `people.${mode}`, pairs.length, mentions.length, goldSpans.length);
  }
}

function scoreDates(gold: GoldRecord, predicted: readonly DateFact[], tally: Tally): void {
  const goldSpans = gold.dates ?? [];
  for (const mode of ['strict', 'lenient'] as const) {
    const { pairs } = matchSpans(goldSpans, predicted, mode);
    add(tally, `dates.${mode}`, pairs.length, predicted.length, goldSpans.length);
  }
  const sameValue = (g: number, p: number): boolean => {
    const gd = goldSpans[g]!;
    const value = predicted[p]!.value;
    return value !== null && (value === gd.value || (gd.alt_values ?? []).includes(value));
  };
  const { pairs } = matchSpans(goldSpans, predicted, 'lenient', sameValue);
  add(tally, 'dates.value', pairs.length, predicted.length, goldSpans.length);
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

function scoreNumbers(gold: GoldRecord, predictedAll: readonly NumberFact[], tally: Tally): void {
  const goldSpans = gold.numbers ?? [];
  const scope = gold.numbers_scope ? new Set(gold.numbers_scope) : null;
  const excluded = gold.numbers_excluded ?? [];
  const predicted = predictedAll.filter(
    (n) => (scope === null || scope.has(n.kind)) && !overlapsAny(n, excluded),
  );
  const lenient = matchSpans(goldSpans, predicted, 'lenient');
  add(tally, 'numbers.lenient', lenient.pairs.length, predicted.length, goldSpans.length);
  const value = matchSpans(goldSpans, predicted, 'lenient', (g, p) => sameNumber(goldSpans[g]!.value, predicted[p]!.value));
  add(tally, 'numbers.value', value.pairs.length, predicted.length, goldSpans.length);
}

function speakerMatches(gold: GoldQuote, q: QuoteFact): boolean {
  if (gold.speaker === null) return q.speaker === null;
  if (q.speaker === null) return false;
  const name = q.speaker.name;
  const contains = (s: string): boolean => nameContains(name, s);
  if (gold.speaker_start != null && gold.speaker_end != null) {
    // the gold speaker is a span of the text (PolNeAR): its mention, or a name containing its words
    const goldSpeaker: Interval = { start: gold.speaker_start, end: gold.speaker_end };
    return overlapsAny(q.speaker, [goldSpeaker]) || contains(gold.speaker);
  }
  // the gold speaker is a resolved name (bbc-facts): it or an alternative, matched as names are
  return [gold.speaker, ...(gold.speaker_alt ?? [])].some((s) => contains(s) || namesMatch(name, s));
}

/**
 * Gold quotes as units to match: a `continues_previous` segment joins the unit before it when one
 * prediction overlaps both (the tool read the two segments as the one quotation they are).
 */
function quoteUnits(goldQuotes: readonly GoldQuote[], predicted: readonly Interval[]): GoldQuote[] {
  const units: GoldQuote[] = [];
  for (const q of goldQuotes) {
    const last = units[units.length - 1];
    const spanned = last !== undefined && q.continues_previous === true &&
      predicted.some((p) => overlapsAny(p, [last]) && overlapsAny(p, [q]));
    if (spanned) units[units.length - 1] = { ...last, end: q.end, text: last.text };
    else units.push(q);
  }
  return units;
}

function scoreQuotes(gold: GoldRecord, predictedAll: readonly QuoteFact[], tally: Tally): void {
  const other = gold.other_quoted ?? [];
  const predicted = predictedAll.filter(
    (q) => (q.kind === 'direct' || q.kind === 'partial') && !(overlapsAny(q, other) && !overlapsAny(q, gold.quotes ?? [])),
  );
  const goldSpans = quoteUnits(gold.quotes ?? [], predicted);
  const { pairs } = matchSpans(goldSpans, predicted, 'lenient');
  add(tally, 'quotes.lenient', pairs.length, predicted.length, goldSpans.length);
  const speakerTp = pairs.filter(([g, p]) => speakerMatches(goldSpans[g]!, predicted[p]!)).length;
  add(tally, 'quotes.speaker', speakerTp, predicted.length, goldSpans.length);
}

function scoreRoles(gold: GoldRecord, predicted: ArticleFacts | undefined, tally: Tally): void {
  const matching = matchRoles(gold.persons ?? [], predicted?.people ?? []);
  add(tally, 'roles', matching.pairs.length, matching.predicted, matching.gold);
  const judged = matching.pairs.filter(([g]) => g.affiliation !== null);
  const right = judged.filter(([g, p]) => affiliationMatches(g, p)).length;
  add(tally, 'roles.affiliation', right, judged.length, judged.length);
}
