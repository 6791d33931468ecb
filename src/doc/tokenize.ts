/**
 * A fast tokenizer that keeps exact offsets. It never changes the text: every token is
 * `text.slice(start, end)`. Words keep inner apostrophes, hyphens and dots of abbreviations
 * ("al-Shibani", "O'Neill", "U.S.", "don't"); numbers keep separators ("20,000", "3.5", "1990s").
 * A possessive "'s" is its own token of kind 'word' ("Guler", "'s").
 *
 * Memory: a 5 MB document has about a million tokens, all alive until its facts are out. Every
 * token is an instance of one class with three own fields (40 + 8 bytes on Node 20, where five
 * fields took 64): its start, its {@link WordForm} (the text, its lower case and the length it covers), and one small
 * integer that packs its kind and its sentence. `text`, `lower`, `end`, `kind` and `sentence` are
 * getters on the class. The article builder passes a {@link TokenTexts} table so that equal token
 * texts ("the", "said", "Blair") share one form instead of one copy per occurrence (a `lower` field
 * of each token, tried first, raised the 5 MB document's peak RSS from 287 to 308 MB). A token changed for one question (its text in lower case, say)
 * is made with {@link withText} or {@link makeToken}, never copied with `{ ...t, text }`: a spread
 * copies own fields only (it would lose `end`, `kind` and `sentence`), and a plain object is a
 * second shape at every token reader, each of which is compiled again for it.
 */

export type TokenKind = 'word' | 'number' | 'punct' | 'space';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * The text in lower case, computed once when the token is made (the rules ask for it of almost
   * every token, many times over): the same string as `text` when that has no capital.
   */
  readonly lower: string;
  readonly kind: TokenKind;
  /** Index of the sentence holding this token (filled by the article builder). */
  readonly sentence: number;
}

/** A kind's code in the low bits of {@link TokenRecord}'s `bits`. */
const KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'space'];
const KIND_CODE: Readonly<Record<TokenKind, number>> = { word: 0, number: 1, punct: 2, space: 3 };
const KIND_BITS = 2;

/**
 * The one shape of every token: `end` is `start` plus the form's `span` (`text.length` when the text
 * is the slice of the document it was cut from, see {@link makeToken}), `bits` holds the kind's code below `sentence + 1` (the sentence is
 * -1 outside an article).
 */
class TokenRecord implements Token {
  readonly start: number;
  private readonly form: WordForm;
  private readonly bits: number;

  constructor(start: number, form: WordForm, kind: TokenKind, sentence: number) {
    this.start = start;
    this.form = form;
    this.bits = ((sentence + 1) << KIND_BITS) | KIND_CODE[kind];
  }

  get text(): string {
    return this.form.text;
  }

  get lower(): string {
    return this.form.lower;
  }

  get end(): number {
    return this.start + this.form.span;
  }

  get kind(): TokenKind {
    return KINDS[this.bits & ((1 << KIND_BITS) - 1)]!;
  }

  get sentence(): number {
    return (this.bits >> KIND_BITS) - 1;
  }
}

/**
 * A token text and its lower case. In an article, one form is shared by every token of that text
 * ({@link TokenTexts}), so that the lower case costs one call per distinct word and no field of
 * its own in each token.
 */
class WordForm {
  readonly text: string;
  readonly lower: string;
  /** Length of the document slice a token of this form covers: `text.length`, except for a retexted token's own form. */
  readonly span: number;

  constructor(text: string, span: number = text.length) {
    this.text = text;
    this.lower = lowerCaseOf(text);
    this.span = span;
  }
}

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * `text` starts with an upper-case letter: the same answer as `/^\p{Lu}/u.test(text)`, but ASCII
 * first characters (nearly all of them in English news) are answered from the char code; only a
 * non-ASCII first character pays for the Unicode regex. Hot: the role, people and number rules ask
 * this of almost every token.
 */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0); // NaN for '' (falls through to the regex, which says false)
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text);
}

const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * `text` is written in capitals: two or more upper-case letters and nothing else. An acronym ("US",
 * "BBC", "MP") or a word of a heading or dateline in capitals ("WASHINGTON"); not "U.S." (a dot),
 * "I" (one letter) or "McDONALD" (a lower-case letter).
 */
export function isWrittenInCapitals(text: string): boolean {
  return CAPITALS.test(text);
}

/** `text` starts with a lower-case letter: `/^\p{Ll}/u.test(text)`, with the same ASCII shortcut. */
export function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_FIRST.test(text);
}

/** A word token (not a number or punctuation). */
export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** The lower case of a word token; '' for a number, punctuation, or no token at all. */
export function wordLower(token: Token | undefined): string {
  return isWord(token) ? token.lower : '';
}

/** A word token that starts with a capital letter. */
export function isCapitalized(token: Token | undefined): token is Token {
  return isWord(token) && startsUpperCase(token.text);
}

/** A word token that starts with a lower-case letter. */
export function isLowerCase(token: Token | undefined): token is Token {
  return isWord(token) && startsLowerCase(token.text);
}

/**
 * A token of the tokenizer's shape ({@link TokenRecord}), for code that makes tokens of its own (a
 * comma list split into its numbers): an object literal would add a second shape at every token
 * reader. When `end` is not `start + text.length` (a plural title read as its singular, "MPs" as "MP",
 * or a word whose lower case has another length) the token's own form records the slice's length, so
 * such tokens keep the one shape too: a subclass of its own was a second map at every token getter and
 * at the rules that inline them, each deoptimized and compiled again the first time one came by.
 */
export function makeToken(start: number, end: number, text: string, kind: TokenKind, sentence: number): Token {
  return new TokenRecord(start, new WordForm(text, end - start), kind, sentence);
}

/** Token `t` with another text and the same offsets, kind and sentence ("MPs" read as "MP"). */
export function withText(t: Token, text: string): Token {
  return makeToken(t.start, t.end, text, t.kind, t.sentence);
}

/** Equal token texts of one document share one form (the text and its lower case): text → that form. */
export type TokenTexts = Map<string, WordForm>;

/** Named pieces of the token pattern. The order of the alternatives matters: longest forms first. */
const TOKEN_PIECES = {
  // 20,000 / 3,000.75 / 1.5 / 1990s / 21st / 4.2bn / 12%  (unit letters are split later by rules)
  number: String.raw`\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]|[.,:]\d)`,
  // numbers glued to a scale or unit: 4.2bn, 900m, 5km, 10am
  numberWithSuffix: String.raw`\d+(?:[.,]\d+)*[\p{L}]+`,
  // U.S. / U.N. / e.g. (single letters joined by dots)
  dottedAbbreviation: String.raw`(?:\p{L}\.){2,}`,
  // words with inner apostrophes or hyphens: al-Shibani, O'Neill, don't, twenty-six
  // a possessive 's stays a token of its own ("Guler" + "'s"), so names never carry it
  word: String.raw`[\p{L}\p{M}][\p{L}\p{M}\d]*(?:(?:['’](?![sS](?![\p{L}\p{M}\d]))|[\-‐])[\p{L}\p{M}\d]+)*`,
  possessive: String.raw`['’][sS](?![\p{L}\p{M}\d])`,
  space: String.raw`\s+`,
  // any other single character (punctuation, symbols, emoji halves)
  other: String.raw`[\s\S]`,
} as const;

/**
 * The alternatives in pattern order; each is capture group `index + 1` of TOKEN_RE. Numbered groups
 * rather than named ones: reading `m.groups` builds an object per match, which shows in a profile.
 */
const ALTERNATIVES = ['number', 'numberWithSuffix', 'dottedAbbreviation', 'word', 'possessive', 'space', 'other'] as const;
const GROUP = Object.fromEntries(ALTERNATIVES.map((name, i) => [name, i + 1])) as Record<(typeof ALTERNATIVES)[number], number>;

const TOKEN_RE = new RegExp(ALTERNATIVES.map((name) => `(${TOKEN_PIECES[name]})`).join('|'), 'gu');

/** Tokens of `text` (spaces dropped), with offsets relative to `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(tokens, text, offset, -1);
  return tokens;
}

/**
 * Appends the tokens of `text` (one sentence, say) to `tokens`, each marked with `sentence`.
 * With `texts`, equal token texts share one string (a document's words repeat a lot).
 *
 * Most tokens of English text are plain ASCII words followed by a space or punctuation; those are
 * cut by {@link plainWordEnd} without running the pattern, and ASCII spaces are stepped over. Every
 * other position runs TOKEN_RE there, so the tokens are exactly those of {@link tokenizeByPattern}.
 */
export function tokenizeInto(tokens: Token[], text: string, offset: number, sentence: number, texts?: TokenTexts): void {
  let p = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++; // a space token is dropped; the pattern would drop the rest of the run as well
      continue;
    }
    const plainEnd = plainWordEnd(text, p);
    if (plainEnd > 0) {
      pushToken(tokens, text.slice(p, plainEnd), offset + p, 'word', sentence, texts);
      p = plainEnd;
      continue;
    }
    TOKEN_RE.lastIndex = p;
    const m = TOKEN_RE.exec(text)!; // always at p: the last alternative takes any character
    p = TOKEN_RE.lastIndex;
    if (m[GROUP.space] !== undefined) continue;
    pushToken(tokens, m[0], offset + m.index, kindOf(m), sentence, texts);
  }
}

/** The tokens TOKEN_RE alone gives (no shortcut): the reference for {@link tokenizeInto}'s tests. */
export function tokenizeByPattern(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (m[GROUP.space] !== undefined) continue;
    pushToken(tokens, m[0], offset + m.index, kindOf(m), -1);
  }
  return tokens;
}

function kindOf(m: RegExpExecArray): TokenKind {
  return m[GROUP.number] !== undefined || m[GROUP.numberWithSuffix] !== undefined ? 'number' : m[GROUP.other] !== undefined ? 'punct' : 'word';
}

function pushToken(tokens: Token[], text: string, start: number, kind: TokenKind, sentence: number, texts?: TokenTexts): void {
  let form = texts?.get(text);
  if (form === undefined) {
    form = new WordForm(text);
    texts?.set(text, form);
  }
  tokens.push(new TokenRecord(start, form, kind, sentence));
}

/**
 * `text.toLowerCase()`, without the call when the text is ASCII with no capital (punctuation and
 * most words of English news): the call costs about as much as making the token.
 */
function lowerCaseOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The end of a plain ASCII word at p ("troops" before ", "), or -1 when the pattern must decide.
 * At an ASCII letter only the `dottedAbbreviation` and `word` alternatives can match. The word is
 * the run of ASCII letters exactly when the character after the run cannot continue it: an ASCII
 * character other than a digit, an apostrophe or a hyphen (non-ASCII letters, marks and the curly
 * apostrophe or U+2010 hyphen could). The dotted form needs a dot right after the first letter:
 * ruled out when the run has two letters or is not followed by a dot.
 */
function plainWordEnd(text: string, p: number): number {
  if (!isAsciiLetter(text.charCodeAt(p))) return -1;
  let q = p + 1;
  while (q < text.length && isAsciiLetter(text.charCodeAt(q))) q++;
  if (q === text.length) return q;
  const c = text.charCodeAt(q);
  if (c >= 128 || (c >= 48 && c <= 57) || c === 39 /* ' */ || c === 45 /* - */) return -1;
  if (c === 46 /* . */ && q === p + 1) return -1; // "U.S.": maybe a dotted abbreviation
  return q;
}
