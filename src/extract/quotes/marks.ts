/**
 * Pair quotation marks, paragraph by paragraph, in one left-to-right scan (linear on any input).
 *
 * - A curly/low/angle mark has a fixed role; a straight `"` or doubled `''` is an opener after a
 *   space, a line start, a bracket or a dash, and a closer before a space or punctuation; when its
 *   neighbours don't decide, it toggles.
 * - Single marks are never quote marks here: nested `‘…’` stay inside the outer quote's words.
 * - An opener while a quote is already open drops the earlier, unbalanced one (only that quote).
 * - A quote still open at the end of a paragraph continues when the next paragraph opens with a
 *   mark (the news convention for multi-paragraph quotes): each paragraph gives its own segment.
 *   Otherwise it is unbalanced and skipped.
 */
import type { ArticleDoc } from '../../doc/article.js';
import type { Span } from '../../types.js';
import { QUOTE_MARK_PAIRS, QUOTE_MARKS, type QuoteMarkPair } from '../../lexicon/quote-marks.js';

export interface QuoteSegment {
  /** The words inside the marks, trimmed of surrounding white space. */
  start: number;
  end: number;
  /** The opening mark's start, and the closing mark's end (or the paragraph end when continued). */
  openAt: number;
  closeAt: number;
  paragraph: number;
  /** The quote has no closing mark in this paragraph: it goes on into the next paragraph. */
  continues: boolean;
  /** The segment continues a quote opened in an earlier paragraph. */
  continued: boolean;
  /** Index of the first segment of a multi-paragraph quote (its own index when it stands alone). */
  group: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARK_RE = new RegExp(QUOTE_MARKS.map(escape).join('|'), 'g');
const PAIR_BY_OPEN = new Map<string, QuoteMarkPair>(QUOTE_MARK_PAIRS.map((p) => [p.open, p]));
const CLOSE_ONLY = new Set(QUOTE_MARKS.filter((m) => !PAIR_BY_OPEN.has(m)));

/** Characters after which a symmetric mark opens a quote. */
const OPEN_CONTEXT = /[\s([{\-–—/:;,]/u;
/** Characters before which a symmetric mark closes a quote. */
const CLOSE_CONTEXT = /[\s)\]}.,;:!?\-–—…]/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

type Role = 'open' | 'close' | 'either';

function roleOf(mark: string, text: string, at: number, paragraphStart: number, paragraphEnd: number): Role {
  const pair = PAIR_BY_OPEN.get(mark);
  if (!pair) return 'close';
  if (!pair.either) return 'open';
  const before = at > paragraphStart ? text[at - 1]! : ' ';
  const afterAt = at + mark.length;
  const after = afterAt < paragraphEnd ? text[afterAt]! : ' ';
  const opensHere = OPEN_CONTEXT.test(before) || QUOTE_START_CHARS.has(before);
  const closesHere = CLOSE_CONTEXT.test(after) || QUOTE_START_CHARS.has(after);
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  return 'either';
}
const QUOTE_START_CHARS = new Set(['“', '”', '"', "'", '‘', '’']);

interface Open {
  mark: string;
  at: number;
  continued: boolean;
  group: number;
  /** Opened right after "=": an attribute value in markup, never a quote. */
  attribute?: boolean;
}

export function findQuoteSegments(doc: ArticleDoc, blocks: readonly Span[]): QuoteSegment[] {
  const { text } = doc;
  const segments: QuoteSegment[] = [];
  let carried: { mark: string; group: number } | null = null;
  blocks.forEach((paragraph, p) => {
    let open: Open | null = null;
    // the marks of the block's own text: a search over the document's text from the block's start
    // would run on to the next mark, however many blocks on (to the end of the text when none is left)
    MARK_RE.lastIndex = 0;
    for (let m = MARK_RE.exec(paragraph.text); m !== null; m = MARK_RE.exec(paragraph.text)) {
      const mark = m[0];
      const at = paragraph.start + m.index;
      // a doubled apostrophe glued inside a word ("rock''n''roll") is not a mark
      if (mark.length === 2 && isLetter(text[at - 1]) && isLetter(text[at + 2])) continue;
      const role = roleOf(mark, text, at, paragraph.start, paragraph.end);
      if (open === null) {
        if (carried !== null && at === paragraph.start && (role === 'open' || role === 'either')) {
          open = { mark, at, continued: true, group: carried.group };
        } else if (role === 'open' || role === 'either') {
          open = { mark, at, continued: false, group: -1, attribute: text[at - 1] === '=' };
        }
        continue;
      }
      if (open.attribute) {
        // markup that slipped into the text: <tweet author="…"> is a value, not a quote
        if (mark === open.mark) open = null;
        continue;
      }
      const pair: QuoteMarkPair = PAIR_BY_OPEN.get((open as Open).mark)!;
      const symmetric = PAIR_BY_OPEN.get(mark)?.either === true;
      if (mark === open.mark && !symmetric && closesByContext(text, at, mark, paragraph.end)) {
        push(open, at, at + mark.length, p, false); // “…“ typed with the opening mark twice
        open = null;
      } else if (pair.close.includes(mark) && !(symmetric && role === 'open')) {
        push(open, at, at + mark.length, p, false);
        open = null;
      } else if (mark === open.mark && role === 'open') {
        if (endsSentenceBefore(text, at, open.at)) {
          // `… fall apart. "It gave me …`: paragraphs of one quote run together (each re-opens
          // without closing the previous one): the quote continues.
          const index = push(open, at, at, p, true);
          open = { mark, at, continued: true, group: index >= 0 ? segments[index]!.group : open.group };
        } else {
          open = { mark, at, continued: false, group: -1 }; // the earlier opener was unbalanced: drop it
        }
      }
    }
    carried = null;
    if (open !== null && !open.attribute) {
      const next = blocks[p + 1];
      const nextOpensWithMark = next !== undefined && startsWithMark(text, next.start);
      if (nextOpensWithMark) {
        const index = push(open, paragraph.end, paragraph.end, p, true);
        if (index >= 0) carried = { mark: open.mark, group: segments[index]!.group };
      } else if (open.continued) {
        push(open, paragraph.end, paragraph.end, p, false);
      }
    }
  });
  return segments;

  function push(open: Open, innerEnd: number, closeAt: number, paragraph: number, continues: boolean): number {
    let s = open.at + open.mark.length;
    let e = innerEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (!HAS_WORD.test(text.slice(s, Math.min(e, s + 200))) && !HAS_WORD.test(text.slice(s, e))) return -1;
    const index = segments.length;
    const group = open.continued && open.group >= 0 ? open.group : index;
    segments.push({ start: s, end: e, openAt: open.at, closeAt, paragraph, continues, continued: open.continued, group });
    return index;
  }
}

/** The quote text before `at` ends with a sentence (". " before the new opening mark). */
function endsSentenceBefore(text: string, at: number, openAt: number): boolean {
  let i = at - 1;
  while (i > openAt && /[ \t]/.test(text[i]!)) i--;
  return i > openAt + 1 && i < at - 1 && /[.!?…]/.test(text[i]!);
}

/** A fixed opening mark that sits where a closer would: after a non-space, before a space or the end. */
function closesByContext(text: string, at: number, mark: string, end: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = at + mark.length < end ? text[at + mark.length]! : ' ';
  return !/\s/.test(before) && /[\s.,;:!?)]/.test(after);
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

function startsWithMark(text: string, at: number): boolean {
  for (const mark of QUOTE_MARKS) if (text.startsWith(mark, at)) return true;
  return false;
}
