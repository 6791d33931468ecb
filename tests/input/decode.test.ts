/** Bytes → text: encodings, line ends, binary refusal; offsets index exactly this text. */
import { describe, expect, test } from 'vitest';
import { decodeText, isBlank, normalizeLineEnds } from '../../src/input/decode.js';
import { InputError } from '../../src/errors.js';
import { formatSize, parseSize } from '../../src/input/size.js';
import { isValidDate } from '../../src/input/dates.js';

const TEXT = 'José said “hi” 👋 on Monday.\nSecond line.';
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
};

function refusal(bytes: Uint8Array): InputError {
  try {
    decodeText(bytes);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('decodeText', () => {
  test.each([
    ['UTF-8', Buffer.from(TEXT), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), 'utf-16be'],
  ])('%s decodes to the same text, BOM removed', (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding, warnings: [] });
  });

  test('CRLF and lone CR become LF (the only change to the text)', () => {
    expect(decodeText(Buffer.from('a\r\nb\rc\n\r\nd')).text).toBe('a\nb\nc\n\nd');
    expect(normalizeLineEnds('no change\n')).toBe('no change\n');
  });

  test('invalid UTF-8 falls back to Windows-1252 with a warning', () => {
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]); // “Café” €5
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('“Café” €5');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warnings).toEqual([expect.stringMatching(/not valid UTF-8, read as Windows-1252/)]);
  });

  test('NUL bytes: binary', () => {
    expect(refusal(Buffer.from('text\u0000more')).code).toBe('BINARY');
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff])).code).toBe('BINARY');
  });

  test('UTF-16 without a BOM is refused as binary, with a hint', () => {
    const error = refusal(Buffer.from('plain words here', 'utf16le'));
    expect(error.code).toBe('BINARY');
    expect(error.hint).toMatch(/byte-order mark/);
  });

  test('many control characters: binary; a few ANSI escapes: text', () => {
    expect(refusal(Buffer.from('\u0001\u0002\u0003\u0004 hello')).code).toBe('BINARY');
    expect(decodeText(Buffer.from('Colors \u001b[31mred\u001b[0m and a bell \u0007 in a long enough sentence of text.')).encoding).toBe('utf-8');
  });

  test('UTF-32 is refused with a hint', () => {
    expect(refusal(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])).code).toBe('UNSUPPORTED_ENCODING');
  });

  test('a UTF-8 BOM followed by invalid UTF-8 is refused', () => {
    expect(refusal(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff])).code).toBe('UNSUPPORTED_ENCODING');
  });

  test('the empty input decodes to the empty string', () => {
    expect(decodeText(new Uint8Array()).text).toBe('');
  });
});

describe('isBlank', () => {
  test.each([
    ['', true],
    [' \n\t', true],
    ['\u200b\ufeff \u00a0', true],
    ['a', false],
    [' . ', false],
  ])('%j → %s', (text, blank) => expect(isBlank(text)).toBe(blank));
});

describe('sizes and dates', () => {
  test.each([
    ['10MB', 10 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1.5 GB', 1.5 * 1024 ** 3],
    ['2000', 2000],
    ['0', null],
    ['lots', null],
    ['10 TB', null],
    // prototype member names are no units (a plain-object table once answered them with a function)
    ['10constructor', null],
    ['10 toString', null],
  ])('parseSize(%j) → %s', (value, bytes) => expect(parseSize(value)).toBe(bytes));

  test('formatSize', () => {
    expect([formatSize(512), formatSize(1536), formatSize(10 * 1024 * 1024)]).toEqual(['512 bytes', '1.5 KB', '10 MB']);
  });

  test.each([
    ['2025-08-13', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2025-13-01', false],
    ['2025-8-13', false],
    ['13/08/2025', false],
  ])('isValidDate(%j) → %s', (value, valid) => expect(isValidDate(value)).toBe(valid));
});
