/**
 * The tense of the clause around a date, from the tokens alone (no compromise parse): the nearest
 * future marker ("will", "'ll", "next", "expected") or past marker ("was", "had", a past-tense
 * verb from compromise's lexicon, a regular "-ed" verb) within a few words decides; "said" only
 * counts when nothing else does (news says "said" about everything).
 */
import type { ArticleDoc } from '../../doc/article.js';
import { FUTURE_MARKERS, PAST_MARKERS } from '../../lexicon/dates.js';
import { lexiconTag } from '../../nlp/compromise.js';
import type { Span } from '../../types.js';

export type Tense = 'past' | 'future' | 'none';

/** How many words on each side are read. */
const WINDOW = 10;
/** Reporting verbs: weak past markers. */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'reported', 'announced', 'added']);
/** Words before a participle ("be held"): the participle then says nothing about the tense. */
const PARTICIPLE_BEFORE = new Set(['be', 'been', 'being', 'to', 'will', 'would', 'get', 'got']);
/** Past markers that are never participles. */
const PAST_MARKERS_STRONG = new Set(['was', 'were', 'had', 'did']);
/** Tokens that end a clause: the search stops there. */
const CLAUSE_STOPS = new Set([';', '"', '“', '”', '(', ')', ':', '—', '--']);

/** "-ed" words that are not past tense. */
const NOT_PAST_ED = new Set(['need', 'indeed', 'speed', 'proceed', 'succeed', 'exceed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'united', 'embed', 'breed', 'greed', 'creed', 'weed', 'deed', 'bred', 'sled', 'led', 'limited', 'based', 'related', 'scheduled', 'expected', 'planned']);

function markerOf(word: string): Tense {
  const w = word.toLowerCase();
  if (FUTURE_MARKERS.has(w) || w.endsWith("'ll") || w.endsWith('’ll') || w === "won't" || w === 'won’t') return 'future';
  if (PAST_MARKERS.has(w)) return 'past';
  const tag = lexiconTag(w) as unknown;
  if (tag === 'PastTense' || Array.isArray(tag) && (tag as string[]).includes('PastTense')) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && !w.endsWith('eed')) return 'past';
  return 'none';
}

export function clauseTense(doc: ArticleDoc, span: Span & { sentence: number }): Tense {
  const sentence = doc.sentences[span.sentence];
  if (!sentence) return 'none';
  const at = doc.tokenIndexAt(span.start);
  let endAt = at;
  while (endAt < sentence.tokenEnd && doc.tokens[endAt]!.end <= span.end) endAt++;
  let weak: Tense = 'none';
  const left = scan(doc, at - 1, -1, sentence.tokenStart);
  const right = scan(doc, endAt, 1, sentence.tokenEnd - 1);
  for (const found of [left, right]) if (found.weak !== 'none' && weak === 'none') weak = found.weak;
  if (left.tense !== 'none' && (right.tense === 'none' || left.distance <= right.distance)) return left.tense;
  if (right.tense !== 'none') return right.tense;
  return weak;
}

function scan(doc: ArticleDoc, from: number, step: 1 | -1, limit: number): { tense: Tense; distance: number; weak: Tense } {
  let words = 0;
  let weak: Tense = 'none';
  for (let k = from; step > 0 ? k <= limit : k >= limit; k += step) {
    const t = doc.tokens[k]!;
    if (CLAUSE_STOPS.has(t.text)) break;
    if (t.kind !== 'word') continue;
    if (++words > WINDOW) break;
    const m = markerOf(t.text);
    if (m === 'none') continue;
    // "than expected", "as planned": a comparison, not a plan
    const before = doc.tokens[k - 1]?.text.toLowerCase() ?? '';
    if (m === 'future' && (before === 'than' || before === 'as') && t.text.toLowerCase() !== 'soon') continue;
    // "will be held", "to be signed", "has been delayed": a participle, not a past tense
    if (m === 'past' && !PAST_MARKERS_STRONG.has(t.text.toLowerCase()) && PARTICIPLE_BEFORE.has(doc.tokens[k - 1]?.text.toLowerCase() ?? '')) continue;
    if (REPORTING.has(t.text.toLowerCase())) {
      if (weak === 'none') weak = m;
      continue;
    }
    return { tense: m, distance: words, weak };
  }
  return { tense: 'none', distance: Infinity, weak };
}
