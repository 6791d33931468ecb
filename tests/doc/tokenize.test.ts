import { describe, expect, it } from 'vitest';
import { isWrittenInCapitals, makeToken, startsLowerCase, startsUpperCase, tokenize, tokenizeByPattern, tokenizeInto, withText, type Token, type TokenTexts } from '../../src/doc/tokenize.js';

/** The public fields of a token, in the order of the Token interface. */
const fields = (t: Token): [number, number, string, string, number] => [t.start, t.end, t.text, t.kind, t.sentence];

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['Asaad al-Shibani met Guler', ['Asaad', 'al-Shibani', 'met', 'Guler']],
    ["Guler's troops", ['Guler', "'s", 'troops']],
    ['Syria’s agency', ['Syria', '’s', 'agency']],
    ["O'Neill don't", ["O'Neill", "don't"]],
    ['Clinton \'s aide', ['Clinton', "'s", 'aide']],
    ['more than 20,000 troops', ['more', 'than', '20,000', 'troops']],
    ['$4.2bn (£600m)', ['$', '4.2bn', '(', '£', '600m', ')']],
    ['the U.S. and the 1990s', ['the', 'U.S.', 'and', 'the', '1990s']],
    ['twenty-six of 21st', ['twenty-six', 'of', '21st']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps exact offsets, also after astral characters', () => {
    const input = '😀 Café “Guler” said';
    for (const t of tokenize(input, 10)) expect(input.slice(t.start - 10, t.end - 10)).toBe(t.text);
  });
});

describe('token shape (memory: a 5 MB document has a million tokens)', () => {
  it('gives every token the same three own fields (start, its text with its lower case, and kind with sentence packed)', () => {
    for (const t of tokenize('Guler said 20,000 troops, “not one” – U.S.')) {
      expect(Object.keys(t)).toEqual(['start', 'form', 'bits']);
    }
  });

  it('gives each token its text in lower case', () => {
    expect(tokenize('Guler said U.S. ÉCOLE 4.2BN, “Ⓐ”').map((t) => [t.text, t.lower])).toEqual([
      ['Guler', 'guler'], ['said', 'said'], ['U.S.', 'u.s.'], ['ÉCOLE', 'école'], ['4.2BN', '4.2bn'], [',', ','], ['“', '“'], ['Ⓐ', 'ⓐ'], ['”', '”'],
    ]);
    expect(withText(tokenize('MPs')[0]!, 'MP').lower).toBe('mp');
  });

  it('reads end, kind and sentence from them', () => {
    const tokens: Token[] = [];
    tokenizeInto(tokens, 'Blair: 20,000 ’s', 7, 41);
    expect(tokens.map(fields)).toEqual([
      [7, 12, 'Blair', 'word', 41], [12, 13, ':', 'punct', 41], [14, 20, '20,000', 'number', 41], [21, 23, '’s', 'word', 41],
    ]);
    expect(tokenize('Blair').map(fields)).toEqual([[0, 5, 'Blair', 'word', -1]]);
  });
  it('appends one sentence at a time with its sentence index, sharing equal texts', () => {
    const tokens: Token[] = [];
    const texts: TokenTexts = new Map();
    tokenizeInto(tokens, 'He said it.', 0, 0, texts);
    tokenizeInto(tokens, 'She said so.', 12, 1, texts);
    expect(tokens.map((t) => [t.text, t.start, t.end, t.kind, t.sentence])).toEqual([
      ['He', 0, 2, 'word', 0], ['said', 3, 7, 'word', 0], ['it', 8, 10, 'word', 0], ['.', 10, 11, 'punct', 0],
      ['She', 12, 15, 'word', 1], ['said', 16, 20, 'word', 1], ['so', 21, 23, 'word', 1], ['.', 23, 24, 'punct', 1],
    ]);
    expect([...texts.keys()]).toEqual(['He', 'said', 'it', '.', 'She', 'so']);
  });

  it('gives the same tokens with or without shared texts', () => {
    const input = 'In 10:30pm news, Guler’s aide said: “We’re 4.2bn up.” 😀 ٣';
    const shared: Token[] = [];
    tokenizeInto(shared, input, 5, 2, new Map());
    expect(shared.map(fields)).toEqual(tokenize(input, 5).map((t) => [...fields(t).slice(0, 4), 2]));
  });
});

describe('startsUpperCase / startsLowerCase', () => {
  // ASCII letters and non-letters, accented and other-script letters, astral letters, the empty string
  const samples = [
    'Blair', 'blair', 'A', 'z', 'Zed', '@home', '[', '`', '{', '1990s', "'s", '-', '', ' ', 'Émile', 'émile', 'Ørsted', 'ß',
    'Σ', 'σ', 'Ǆ', 'ǅ', 'ǆ', 'ª', 'µ', '中国', 'İstanbul', '\u00A0', '𝐀bc', '𝐚bc', '\uD835', 'Ⅻ', 'ⅻ',
  ];
  it.each(samples)('%j answers as /^\\p{Lu}/u and /^\\p{Ll}/u do', (text) => {
    expect(startsUpperCase(text)).toBe(/^\p{Lu}/u.test(text));
    expect(startsLowerCase(text)).toBe(/^\p{Ll}/u.test(text));
  });

  it('agrees with the regexes on every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const text = `${String.fromCharCode(c)}x`;
      if (startsUpperCase(text) !== /^\p{Lu}/u.test(text) || startsLowerCase(text) !== /^\p{Ll}/u.test(text)) {
        throw new Error(`differs at U+${c.toString(16)}`);
      }
    }
  });
});

describe('isWrittenInCapitals', () => {
  it.each([
    ['US', true], ['BBC', true], ['MEP', true], ['WASHINGTON', true], ['ÉTAT', true],
    ['I', false], ['U.S.', false], ['McDONALD', false], ['Blair', false], ['G8', false], ['MP-', false], ['', false],
  ])('%j: %s', (text, expected) => {
    expect(isWrittenInCapitals(text)).toBe(expected);
  });
});

describe('makeToken / withText', () => {
  it('makes a token like the tokenizer does: same fields, same order, same prototype', () => {
    const [made] = tokenize('Blair', 7);
    const token = makeToken(7, 12, 'Blair', 'word', -1);
    expect(token).toEqual(made);
    expect(Object.keys(token)).toEqual(Object.keys(made!));
    expect(Object.getPrototypeOf(token)).toBe(Object.getPrototypeOf(made));
  });

  it('keeps the offsets of a token whose new text has another length ("MPs" read as "MP")', () => {
    const [mps] = tokenize('MPs', 30);
    const mp = withText(mps!, 'MP');
    expect(fields(mp)).toEqual([30, 33, 'MP', 'word', -1]);
    expect(fields(makeToken(4, 9, 'x', 'punct', 3))).toEqual([4, 9, 'x', 'punct', 3]);
  });

  it('keeps the tokenizer\'s shape when the new text has the same length ("Aviation" as "aviation")', () => {
    const [t] = tokenize('Aviation', 0);
    const lower = withText(t!, 'aviation');
    expect(fields(lower)).toEqual([0, 8, 'aviation', 'word', -1]);
    expect(Object.getPrototypeOf(lower)).toBe(Object.getPrototypeOf(t));
  });
});

describe('tokenize: the plain-word shortcut gives the tokens of the pattern alone', () => {
  it.each([
    'U.S. troops, e.g. here. A. Smith and J.R.R. Tolkien.',
    "Guler's troops, O'Neill's, don't; Syria’s al-Shibani twenty‐six x-ray",
    'abc1 4.2bn 1990s 21st 10:30 1:2abc é café Zoë naïve a\u0301b 中国 𝐀bc',
    'tab\there\nnew line\u00a0nbsp\u2028sep end',
    'a', 'a.', 'ab.', "a'", 'a-', 'a-b', 'ab c', '', ' ', 'x\u0301',
  ])('%j', (text) => {
    expect(tokenize(text, 5)).toEqual(tokenizeByPattern(text, 5));
  });

  it('on random strings of the characters that decide a token', () => {
    const alphabet = ['a', 'B', 'U', '.', "'", '’', '-', '‐', 's', 'S', '1', ',', ':', ' ', '\n', '\u00a0', 'é', '\u0301', '中', '𝐀', '$'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let j = 1 + Math.floor(random() * 10); j > 0; j--) text += alphabet[Math.floor(random() * alphabet.length)];
      const got = tokenize(text);
      const want = tokenizeByPattern(text);
      if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, JSON.stringify(text)).toEqual(want);
    }
  });
});
