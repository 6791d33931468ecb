/**
 * The tense of the clause around a date, from the tokens alone (no compromise parse): the nearest
 * future marker ("will", "'ll", "would", "next", "expected", an infinitive "to resume", "is to")
 * or past marker ("was", "had", a past-tense verb from compromise's lexicon, a regular "-ed" verb)
 * within a few words decides; "said" only counts when nothing else does (news says "said" about
 * everything), except right before the date ("said Thursday", "announced on Friday"): then the
 * date is the day of the saying, in the past. "as early as"/"as soon as" and "by" right before
 * the date point forward ("by May": a deadline), "since" back. "until"/"till" point forward too
 * ("postponed until Tuesday"), except in a past-perfect clause, which is all behind a past point
 * ("Until Thursday, they had not called him a suspect").
 */
import type { ArticleDoc } from '../../doc/article.js';
import { FUTURE_MARKERS, PAST_MARKERS, SCHEDULE_VERBS, dict } from '../../lexicon/dates.js';
import { lexiconTag, lexiconTags } from '../../nlp/compromise.js';
import type { Span } from '../../types.js';

export type Tense = 'past' | 'future' | 'none';

/** How many words on each side are read. */
const WINDOW = 10;
/** Reporting verbs: weak past markers. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'reported', 'added']);
/** Words before a participle ("be held", "is heard"): the participle then says nothing about the tense. */
const PARTICIPLE_BEFORE = new Set(['be', 'been', 'being', 'to', 'will', 'would', 'get', 'got', 'is', 'are', 'am']);
/** Past reporting verbs: right before a date ("said Thursday") they date the saying. */
const REPORTED = new Set(['said', 'told', 'reported', 'announced', 'added', 'predicted', 'stated', 'confirmed', 'disclosed']);
/** Words before a schedule verb that make it no present of a plan: "due to expire", "didn't play", "wouldn't open". */
const NOT_SCHEDULE_BEFORE = new Set(['to', 'did', "didn't", 'didn’t', 'had', 'would', "wouldn't", 'wouldn’t', 'could', "couldn't", 'couldn’t', 'not', 'never']);

/**
 * Token k is a verb of a timetable in the present ("ministers meet", "the series ends", "the
 * festival opens"), not a noun: in lower case ("the Australian Open"), and not after an article, an
 * adjective or an ordinal ("the public vote", "an early start", "the first leave").
 */
function scheduleVerbAt(doc: ArticleDoc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (!SCHEDULE_VERBS.has(t.lower) || t.text !== t.lower) return false;
  const prev = wordAt(doc, k - 1);
  if (NOT_SCHEDULE_BEFORE.has(prev) || ARTICLES.has(prev)) return false;
  const tags = lexiconTags(prev);
  return !tags.includes('Adjective') && !tags.includes('Ordinal');
}

/** Words that make a following "to" an infinitive marker of a plan ("set to resume", "is to meet"). */
const TO_PLAN = new Set(['set', 'is', 'are', 'about']);
const PAST_PERFECT = new Set(['had', 'been']);
/** Words after "set" that make it a plan: "set for Thursday", "set to resume". */
const SET_FOR = new Set(['for', 'to']);

/** How close (in words, no comma between) an infinitive must be before the date to date a plan. */
const INFINITIVE_WINDOW = 5;

/** The lower-cased text of token i, or '' outside the document. */
function wordAt(doc: ArticleDoc, i: number): string {
  return doc.tokens[i]?.lower ?? '';
}

/** Token k is "to" before a verb ("to resume"), or "set"/"is" before "to" + a verb ("is to meet"). */
function infinitiveAt(doc: ArticleDoc, k: number): boolean {
  if (wordAt(doc, k) !== 'to') return false;
  // "had been due to expire Friday": a plan of the past
  if (PAST_PERFECT.has(wordAt(doc, k - 2)) || PAST_PERFECT.has(wordAt(doc, k - 1))) return false;
  return lexiconTag(wordAt(doc, k + 1)) === 'Infinitive' || TO_PLAN.has(wordAt(doc, k - 1)) && VERB_LIKE.has(lexiconTag(wordAt(doc, k + 1)) ?? '');
}

/** Lexicon tags of a word that may be a verb after "set to" ("resume" is tagged a noun). */
const VERB_LIKE = new Set(['Infinitive', 'Singular', 'PresentTense']);
/** Prepositions right before a date that give its direction (TimeBank: "by" + date is ahead in 11 of 13). */
const PREPOSITION_LEAN: Readonly<Record<string, Tense>> = dict({ by: 'future', since: 'past' });
/** Prepositions right before a date that are future markers themselves, unless the clause is past perfect. */
const UNTIL = new Set(['until', 'till']);
/** Phrases right before a date that point forward: "as early as Tuesday", "as soon as Monday". */
const FORWARD_BEFORE: ReadonlyArray<readonly [string, string, string]> = [['as', 'early', 'as'], ['as', 'soon', 'as']];
/** Past markers that are never participles. */
const PAST_MARKERS_STRONG = new Set(['was', 'were', 'had', 'did']);
/** Words before a plan word that make it a comparison: "than expected", "as (originally) planned". */
const COMPARISON = new Set(['than', 'as']);
/** Tokens that end a clause: the search stops there. */
const CLAUSE_STOPS = new Set([';', '"', '“', '”', '(', ')', ':', '—', '--']);

/** "-ed" words that are not past tense. */
const NOT_PAST_ED = new Set(['need', 'indeed', 'speed', 'proceed', 'succeed', 'exceed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'united', 'embed', 'breed', 'greed', 'creed', 'weed', 'deed', 'bred', 'sled', 'led', 'limited', 'based', 'related', 'scheduled', 'expected', 'planned']);

/**
 * Plan words that are often nouns or adjectives ("outlined the plans on Tuesday", "set aside
 * vacation plans", "in protest at planned job cuts"): they mark the future only as verbs, before
 * the words listed ("plans to hold", "plans a rally", "planned for Saturday").
 */
const PLAN_VERB_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = dict({
  plans: new Set(['to', 'a', 'an']),
  planned: new Set(['to', 'for', 'a', 'an']),
});

/** Words after "was"/"were" that make an intention, not a past event: "were planning to". */
const INTENT_AFTER_PAST = new Set(['planning', 'preparing', 'hoping', 'intending']);

/** Articles and possessives a finite verb cannot follow: after one, an "-ed" word is an adjective. */
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'another']);

/** Token k follows an article, directly or after one adverb ("a still unspecified", "the newly elected"). */
function adjectiveAfterArticle(doc: ArticleDoc, k: number): boolean {
  if (ARTICLES.has(wordAt(doc, k - 1))) return true;
  const adverb = wordAt(doc, k - 1);
  return (adverb.endsWith('ly') || adverb === 'still' || adverb === 'not' || adverb === 'yet') && ARTICLES.has(wordAt(doc, k - 2));
}

/** The tense a single word marks: "will" future, "was", "became", "dropped" past, most words none. */
export function markerOf(word: string): Tense {
  const w = word.toLowerCase();
  if (FUTURE_MARKERS.has(w) || w.endsWith("'ll") || w.endsWith('’ll') || w === "won't" || w === 'won’t') return 'future';
  if (PAST_MARKERS.has(w)) return 'past';
  const tag = lexiconTag(w) as unknown;
  if (tag === 'PastTense' || Array.isArray(tag) && (tag as string[]).includes('PastTense')) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !w.endsWith('eed')) return 'past';
  return 'none';
}

/** Words between "had" and its participle that keep the past perfect: "had not called", "had already left". */
const BETWEEN_HAD = new Set(['not', 'never', 'already', 'just', 'long', 'previously', 'also']);
/** "had" right before a participle, negated forms included. */
const HAD_FORMS = new Set(['had', "hadn't", 'hadn’t']);

/** Token k is a participle of a past perfect: "had called", "had not called", "hadn't called". */
function hadBefore(doc: ArticleDoc, k: number): boolean {
  if (HAD_FORMS.has(wordAt(doc, k - 1))) return true;
  return BETWEEN_HAD.has(wordAt(doc, k - 1)) && wordAt(doc, k - 2) === 'had';
}

export function clauseTense(doc: ArticleDoc, span: Span & { sentence: number }): Tense {
  const sentence = doc.sentences[span.sentence];
  if (!sentence) return 'none';
  const at = doc.tokenIndexAt(span.start);
  let endAt = at;
  while (endAt < sentence.tokenEnd && doc.tokens[endAt]!.end <= span.end) endAt++;
  let before = at - 1;
  if (wordAt(doc, before) === 'on') before--;
  if (before >= sentence.tokenStart && REPORTED.has(wordAt(doc, before))) return 'past';
  // "the summit opens on Thursday", "they meet separately Monday": a timetable, ahead
  const verb = wordAt(doc, before).endsWith('ly') ? before - 1 : before;
  if (verb >= sentence.tokenStart && scheduleVerbAt(doc, verb)) return 'future';
  for (const [a, b, c] of FORWARD_BEFORE) {
    if (wordAt(doc, at - 3) === a && wordAt(doc, at - 2) === b && wordAt(doc, at - 1) === c) return 'future';
  }
  let weak: Tense = 'none';
  const left = scan(doc, at - 1, -1, sentence.tokenStart);
  // "by Friday", "by May": a deadline ahead ("had filed by Wednesday" stays past); "since March": behind
  const preposition = PREPOSITION_LEAN[wordAt(doc, at - 1)];
  if (preposition && !left.pastPerfect) return preposition;
  const right = scan(doc, endAt, 1, sentence.tokenEnd - 1);
  // "Until Thursday, they had not called Kopp a suspect", "had planned to stay until Friday": behind
  if (UNTIL.has(wordAt(doc, at - 1)) && (right.pastPerfect || scan(doc, at - 2, -1, sentence.tokenStart).pastPerfect)) return 'past';
  for (const found of [left, right]) if (found.weak !== 'none' && weak === 'none') weak = found.weak;
  if (left.tense !== 'none' && (right.tense === 'none' || left.distance <= right.distance)) return left.tense;
  if (right.tense !== 'none') return right.tense;
  // "will leave at 4 in the morning (4 a.m. EDT Thursday)": a date in parentheses that says nothing
  // itself takes the tense of the clause the parenthesis sits in
  if (weak === 'none' && left.stoppedAt !== undefined && doc.tokens[left.stoppedAt]!.text === '(') {
    const outside = scan(doc, left.stoppedAt - 1, -1, sentence.tokenStart);
    if (outside.tense !== 'none') return outside.tense;
  }
  return weak;
}

function scan(doc: ArticleDoc, from: number, step: 1 | -1, limit: number): { tense: Tense; distance: number; weak: Tense; pastPerfect?: boolean; stoppedAt?: number } {
  let words = 0;
  let weak: Tense = 'none';
  let comma = false;
  for (let k = from; step > 0 ? k <= limit : k >= limit; k += step) {
    const t = doc.tokens[k]!;
    if (CLAUSE_STOPS.has(t.text)) return { tense: 'none', distance: Infinity, weak, stoppedAt: k };
    if (t.text === ',') comma = true;
    if (t.kind !== 'word') continue;
    if (++words > WINDOW) break;
    const word = t.lower;
    let m = markerOf(t.text);
    // "is set for Thursday", "set to resume": a plan ("set" reads as a past tense otherwise)
    if (word === 'set' && SET_FOR.has(wordAt(doc, k + 1))) m = 'future';
    // "set to resume Monday", "plan to remove him on Thursday": an infinitive close before the date
    // governs it and looks ahead, whatever the verbs after the date say (distance 0: it wins)
    if (m === 'none' && step < 0 && !comma && words <= INFINITIVE_WINDOW && infinitiveAt(doc, k)) return { tense: 'future', distance: 0, weak };
    if (m === 'none') continue;
    // "than expected", "as planned", "as originally planned": a comparison, not a plan
    const before = wordAt(doc, k - 1);
    if (m === 'future' && word !== 'soon' && (COMPARISON.has(before) || before.endsWith('ly') && COMPARISON.has(wordAt(doc, k - 2)))) continue;
    // "will be held", "to be signed", "has been delayed": a participle, not a past tense
    if (m === 'past' && !PAST_MARKERS_STRONG.has(word) && PARTICIPLE_BEFORE.has(before)) continue;
    // "were planning to drive ... on Monday": an intention, ahead
    if ((word === 'was' || word === 'were') && INTENT_AFTER_PAST.has(wordAt(doc, k + 1))) m = 'future';
    // "the government's plans on Monday", "planned job cuts": a noun or an adjective, no plan of the clause
    if (m === 'future' && PLAN_VERB_BEFORE[word] && !PLAN_VERB_BEFORE[word]!.has(wordAt(doc, k + 1))) continue;
    // "a still unspecified date", "the proposed merger": an adjective after an article, not a past tense
    if (m === 'past' && !PAST_MARKERS_STRONG.has(word) && adjectiveAfterArticle(doc, k)) continue;
    // "had been scheduled to expire Friday", "had planned": a plan of the past
    if (m === 'future' && (before === 'had' || before === 'been' && wordAt(doc, k - 2) === 'had')) m = 'past';
    if (REPORTING.has(word)) {
      if (weak === 'none') weak = m;
      continue;
    }
    return { tense: m, distance: words, weak, pastPerfect: word === 'had' || hadBefore(doc, k) };
  }
  return { tense: 'none', distance: Infinity, weak };
}
