/**
 * Rule `nickname-in-name`: a nickname in quotation marks between the parts of a name belongs to the
 * name, which is one mention from its first word to its family name: 'Roberto " Hands of Stone "
 * Duran', 'Hector " Macho " Camacho' (CoNLL), 'Finley "Finn" Polmar', 'Austin Shepherd "Shep"
 * Padalecki' (GUM). Both data sets mark the whole span as the person's name.
 *
 * The parts before the marks must already be a mention; after them comes one capitalized word that
 * could be a family name (a mention of one word, or a word no list rules out). The nickname is short and in title case, with no
 * sentence punctuation inside: '"Yes" Jones', a quoted sentence, is not one.
 */
import type { RuleSpan } from '../../types.js';
import { classifyWord, W } from './word-class.js';

export const NICKNAME_RULE = 'nickname-in-name';

/** One nickname word: capitalized, or a small word inside a longer nickname ("Hands of Stone"). */
const NICKNAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|de|da|el)$/u;
const MAX_NICKNAME_WORDS = 3;
/** Words after the nickname that cannot be a family name. */
const NOT_FAMILY = W.Org | W.Calendar | W.NonPerson | W.Demonym | W.Title | W.Honorific;
const FAMILY_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*/u;

/** Quotation marks that may hold a nickname. */
const MARKS = new Set(['"', '“', '”', '‘', '’', "'"]);
const MAX_GAP = 40;

/**
 * Where the word after a nickname that follows `end` starts, or -1 when no nickname follows: spaces,
 * an opening mark, the nickname (a space may pad it inside the marks: CoNLL's ' " Macho " '), a
 * closing mark, spaces, then a capital letter.
 */
function nicknameEnd(text: string, end: number): number {
  let k = end;
  const limit = Math.min(text.length, end + MAX_GAP);
  const spaces = (): boolean => {
    const s = k;
    while (k < limit && (text[k] === ' ' || text[k] === '\u00a0')) k++;
    return k > s;
  };
  if (!spaces() || !MARKS.has(text[k] ?? '')) return -1;
  const open = ++k;
  while (k < limit && !MARKS.has(text[k]!) && text[k] !== '\n') k++;
  if (k >= limit || !MARKS.has(text[k]!)) return -1;
  const words = text.slice(open, k).trim().split(/\s+/);
  k++;
  if (!spaces() || !/\p{Lu}/u.test(text[k] ?? '')) return -1;
  const fits = words.length <= MAX_NICKNAME_WORDS && /^\p{Lu}/u.test(words[0]!) && words.every((w) => NICKNAME_WORD.test(w));
  return fits ? k : -1;
}

/**
 * Join each mention, nickname and family name into one mention. `mentions` are sorted by start and
 * do not overlap; the result is too.
 */
export function joinNicknames<M extends RuleSpan>(text: string, mentions: readonly M[], make: (start: number, end: number, first: M) => M): M[] {
  const out: M[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const close = nicknameEnd(text, a.end);
    if (close < 0) {
      out.push(a);
      continue;
    }
    const b = mentions[i + 1];
    // The family name is one word: a full name after the marks is another person's.
    if (b !== undefined && b.start === close && !/\s/u.test(b.text)) {
      out.push(make(a.start, b.end, a));
      i++;
      continue;
    }
    const word = FAMILY_WORD.exec(text.slice(close, close + 40))?.[0];
    const wordEnd = word === undefined ? -1 : close + word.length;
    if (word !== undefined && (b === undefined || b.start >= wordEnd) && !/^\p{Lu}/u.test(text.slice(wordEnd).trimStart()) && !/^[\p{L}'’-]/u.test(text.charAt(wordEnd)) && (classifyWord(word.toLowerCase()).flags & NOT_FAMILY) === 0) {
      out.push(make(a.start, wordEnd, a));
      continue;
    }
    out.push(a);
  }
  return out;
}
