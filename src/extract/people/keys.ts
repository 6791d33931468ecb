/**
 * Comparison keys for names: lower case, accents and glued particles removed, so that "Güler",
 * "GULER" and "Guler" compare equal and "Assad" finds "al-Assad".
 */
import { FAMILY_NAME_FIRST } from '../../lexicon/surnames.js';
import { stripAccents } from '../../util/text.js';

const SPACES = /\s+/g;

/** "Bashar  al-Assad" → "bashar al-assad" (accents removed). */
export function nameKey(name: string): string {
  const plain = plainAscii(name);
  if (plain === PLAIN_LOWER) return name;
  if (plain === PLAIN_UPPER) return name.toLowerCase();
  return stripAccents(name).toLowerCase().replace(SPACES, ' ').trim();
}

const PLAIN_LOWER = 1;
const PLAIN_UPPER = 2;

/**
 * Is `name` printable ASCII with single spaces between words and none at either end (so that no
 * accent or space needs work in {@link nameKey})? 0 if not, else {@link PLAIN_LOWER}, or
 * {@link PLAIN_UPPER} when it has a capital letter.
 */
function plainAscii(name: string): number {
  let upper = false;
  let space = true; // as if a space came before the first character: none may open the name
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 32) {
      if (space) return 0;
      space = true;
      continue;
    }
    if (c < 33 || c > 126) return 0;
    space = false;
    if (c >= 65 && c <= 90) upper = true;
  }
  if (space && name.length > 0) return 0;
  return upper ? PLAIN_UPPER : PLAIN_LOWER;
}

const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)[-‐]/;

/** Regnal numbers and suffixes that end a name without being its family name. */
const AFTER_NAME = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|jr\.?|sr\.?)$/;

/** Keys under which a one-word mention may refer to this name: its last word, with and without "al-". */
export function surnameKeys(name: string): string[] {
  return surnameKeysOf(nameKey(name));
}

/** {@link surnameKeys} of a name whose {@link nameKey} is at hand: `key`. */
export function surnameKeysOf(key: string): string[] {
  const words = key.split(' ');
  // "Elizabeth II", "Martin Luther King Jr": the word before a regnal number or a suffix.
  while (words.length >= 2 && AFTER_NAME.test(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1]!;
  const keys = [last];
  if (isFamilyNameFirst(words)) keys.push(words[0]!);
  if (ARABIC_ARTICLE.test(last)) keys.push(last.replace(ARABIC_ARTICLE, ''));
  return keys;
}

/** One pinyin syllable: "dong", "hai", "xiao", "ping", "qiang", "shih" (Wade-Giles "hs", "ts", "ih"). */
const PINYIN = /^(?:zh|ch|sh|hs|ts|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|er|ih|a|o|e|i|u)$/;

function isPinyinWord(word: string): boolean {
  if (PINYIN.test(word)) return true;
  for (let k = 1; k < word.length; k++) if (PINYIN.test(word.slice(0, k)) && PINYIN.test(word.slice(k))) return true;
  return false;
}

/**
 * Rule `family-name-first` (a key, not a mention): "Wang Donghai", "Deng Xiaoping", "Hu Shih": a
 * common Chinese family name, then a given name of one or two pinyin syllables, is written family
 * name first, so a later "Wang" refers to it. "Lee Evans", "Chen Sharpe" (not pinyin) keep their last word only.
 */
export function isFamilyNameFirst(words: readonly string[]): boolean {
  if (words.length !== 2 || !FAMILY_NAME_FIRST.has(words[0]!)) return false;
  const given = words[1]!;
  return given.split('-').length <= 2 && given.split('-').every(isPinyinWord);
}
