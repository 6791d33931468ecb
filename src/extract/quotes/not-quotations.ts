/**
 * Words in quotation marks that quote nobody: names, nicknames, titles, slogans and product names.
 * They come out as `scare` quotes without a speaker, even when a reporting verb is near.
 *
 *   nickname-in-marks   Robert "Bobby" Smith  /  Marcia “Cia” Price  (between the parts of a name)
 *   named-in-marks      the firm known as "Acme"  /  a spot titled “Arrogant”  /  the so-called “deal”
 *   title-in-marks      on CBS's "Face the Nation"  /  his book ''Make Your Kid a Millionaire''
 *                       (Title Case words that do not open the sentence as a statement)
 */
import type { ArticleDoc } from '../../doc/article.js';
import { isCapitalized, startsUpperCase } from '../../doc/tokenize.js';
import type { QuoteSegment } from './marks.js';

/** Words that give a name to what follows ("known as", "titled"): what they introduce is a name. */
const NAMING_WORDS = ['known as', 'also called', 'so-called', 'so called', 'nicknamed', 'dubbed', 'titled', 'entitled', 'named', 'renamed', 'branded as', 'codenamed', 'code-named', 'slogan', 'hashtag', 'brand', 'motto'];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** A naming word right before the opening mark ("known as "Acme"", "known as the “…”", "titled: “…”"). */
const AFTER_NAMING_WORD = new RegExp(`(?:^|[^\\p{L}-])(?:${NAMING_WORDS.map(escape).join('|')})(?:\\s+(?:the|a|an))?[,:]?\\s*$`, 'iu');
/** How far before the opening mark the naming word is looked for (characters). */
const NAMING_LOOKBACK = 24;
/** A named or titled thing is short. */
const NAMED_MAX_WORDS = 8;
const NICKNAME_MAX_WORDS = 2;
const TITLE_MAX_WORDS = 10;
/** Short words a title leaves in lower case ("Face the Nation", "Keepin' It Real"). */
const TITLE_SMALL_WORDS = /^(?:of|the|a|an|and|or|in|on|for|to|at|with|by|from|as|is|it|its|vs\.?|de|la|y)$/;

const WORD_PIECE = /\S+/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The words of `text` (pieces between white space that hold a letter or a digit), or null when
 * there are more than `max`: every rule here wants a short quote, and most quotes are long, so
 * their words are not all cut out.
 */
function wordsUpTo(text: string, max: number): string[] | null {
  const list: string[] = [];
  WORD_PIECE.lastIndex = 0;
  for (let m = WORD_PIECE.exec(text); m !== null; m = WORD_PIECE.exec(text)) {
    if (!HAS_LETTER_OR_DIGIT.test(m[0])) continue;
    if (list.length === max) return null;
    list.push(m[0]);
  }
  return list;
}

/** The rule that marks the quote as no quotation, or null when it may be someone's words. */
export function nonQuotationRule(doc: ArticleDoc, q: QuoteSegment, inReportedContent: boolean): string | null {
  if (q.continued || q.continues) return null;
  const inner = doc.text.slice(q.start, q.end);
  const list = wordsUpTo(inner, Math.max(NICKNAME_MAX_WORDS, NAMED_MAX_WORDS, TITLE_MAX_WORDS));
  if (list === null || list.length === 0) return null;
  if (list.length <= NICKNAME_MAX_WORDS && isBetweenNameParts(doc, q, list)) return 'nickname-in-marks';
  if (list.length <= NAMED_MAX_WORDS && followsNamingWord(doc, q) && !inReportedContent) return 'named-in-marks';
  if (list.length >= 1 && list.length <= TITLE_MAX_WORDS && isTitleCased(list) && !opensStatement(inner) && followsTitleFrame(doc, q, inReportedContent)) return 'title-in-marks';
  return null;
}

/** Robert "Bobby" Smith: a capitalized word (or an initial) right before the mark, a capitalized name right after. */
function isBetweenNameParts(doc: ArticleDoc, q: QuoteSegment, list: readonly string[]): boolean {
  if (!list.every((w) => startsUpperCase(w)) || /[,.;:!?]$/.test(doc.text.slice(q.start, q.end))) return false;
  const open = doc.tokenIndexAt(q.openAt);
  const close = doc.tokenIndexAt(q.closeAt);
  const before = doc.tokens[open - 1];
  const after = doc.tokens[close];
  if (before === undefined || after === undefined || before.sentence !== after.sentence) return false;
  // "C." in "Robert C. "Bobby" Scott": the initial's full stop
  const name = before.text === '.' ? doc.tokens[open - 2] : before;
  return isCapitalized(name) && isCapitalized(after) && /^\s$/.test(doc.text[q.openAt - 1] ?? '') && /^\s$/.test(doc.text[q.closeAt] ?? '');
}

function followsNamingWord(doc: ArticleDoc, q: QuoteSegment): boolean {
  return AFTER_NAMING_WORD.test(doc.text.slice(Math.max(0, q.openAt - NAMING_LOOKBACK), q.openAt));
}

/** A capitalized owner right before the mark: "CBS's “…”", "Fox News’s “…”". */
const OWNER_BEFORE = /\p{Lu}[\p{L}.&-]*['’]s?\s*$/u;

/** An owner after "on", "told" and the like: the programme or paper is the frame of the report. */
const FRAME_BEFORE_OWNER = /\b(?:on|to|in|with|from|told|tells|tell)\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s?\s*$/u;

/** Nouns for works and programmes whose title follows: "his 2002 book, ''…''", "the show “…”". */
const WORK_NOUNS = /^(?:program|programme|show|book|film|movie|series|newspaper|magazine|documentary|song|anthem|album|ad|advert|spot|column|commentary|op-ed|editorial|podcast|broadcast|episode|play|musical|novel|memoir|report|speech|segment|site|website|blog|campaign|initiative|act|bill)$/i;

/**
 * Where a title stands, not a statement: after an owner ("MSNBC's “Morning Joe”"), after "on"/"of"
 * ("appeared on “Face the Nation”", "a broadcast of “Fox News Sunday”", unless a cue before the quote
 * reports it), or after a noun for a work
 * ("his book, ''…''", "the ad “…”").
 */
function followsTitleFrame(doc: ArticleDoc, q: QuoteSegment, inReportedContent: boolean): boolean {
  const before = doc.text.slice(Math.max(0, q.openAt - 2 * NAMING_LOOKBACK), q.openAt);
  // "told CBS's “…”", "said on Fox News’s “…”": the programme is where it was said; "sings Bruce
  // Springsteen’s “…”" after a cue is what was sung
  if (OWNER_BEFORE.test(before)) return !inReportedContent || FRAME_BEFORE_OWNER.test(before);
  let k = doc.tokenIndexAt(q.openAt) - 1;
  if (doc.tokens[k]?.text === ',') k--;
  const t = doc.tokens[k];
  if (t === undefined || t.sentence !== doc.tokens[k + 1]?.sentence) return false;
  // "proclaimed a goal of “Peace Through Strength”": after a cue, the words may be the speaker's
  if (/^(?:on|of)$/i.test(t.text)) return !inReportedContent;
  return WORK_NOUNS.test(t.text);
}

/** Every word capitalized but the small ones, the first one too. */
function isTitleCased(list: readonly string[]): boolean {
  let capitals = 0;
  for (const w of list) {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (/^[\p{Lu}\p{N}]/u.test(bare)) capitals++;
    else if (!TITLE_SMALL_WORDS.test(bare.toLowerCase())) return false;
  }
  return capitals >= 1 && /^[\p{Lu}\p{N}]/u.test(list[0]!.replace(/^[^\p{L}\p{N}]+/u, ''));
}

/** A statement rather than a title: more than one sentence, or a cry ("chants of “Bobby!”"). */
function opensStatement(inner: string): boolean {
  return /[.!?…]\s+\S/.test(inner) || /[!?]$/.test(inner);
}
