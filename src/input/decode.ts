/**
 * Bytes → text. The one place that decides what text the offsets refer to:
 *
 *   1. a byte-order mark picks the encoding (UTF-8, UTF-16 LE, UTF-16 BE) and is removed;
 *      without one the bytes must be UTF-8, else they are read as Windows-1252 (with a warning);
 *   2. CRLF and lone CR line ends become LF;
 *   3. text with NUL characters or many control characters is refused as binary.
 *
 * Every offset in the output indexes the string this returns. Nothing else is changed (no Unicode
 * normalization, no whitespace folding), so `decodeText(bytes).text.slice(start, end) === fact.text`.
 */
import { InputError } from '../errors.js';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Non-fatal problems worth a line on stderr (the Windows-1252 fallback). */
  warnings: string[];
}

/** Share of control characters (other than tab, LF, CR, FF, VT, ESC) above which text is binary. */
const MAX_CONTROL_RATIO = 0.1;
/** How much of the text the control-character ratio looks at. */
const SNIFF_LENGTH = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding, warnings } = decodeBytes(bytes);
  refuseBinary(text);
  return { text: normalizeLineEnds(text), encoding, warnings };
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    throw new InputError('UNSUPPORTED_ENCODING', 'UTF-32 text is not supported', 'convert it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8');
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: decodeStrict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom', warnings: [] };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    if (bytes.includes(0)) throw binaryError();
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      warnings: [`not valid UTF-8, read as Windows-1252 (convert it to UTF-8 if the accents look wrong)`],
    };
  }
}

/**
 * Windows-1252 as the WHATWG Encoding Standard defines it: Latin-1, except that 0x80–0x9F are
 * curly quotes, dashes, € and so on. (Node 20's TextDecoder('windows-1252') decodes plain Latin-1.)
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

function decodeStrict(label: 'utf-8', bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('UNSUPPORTED_ENCODING', 'starts with a UTF-8 byte-order mark but is not valid UTF-8', 'fix or re-save the file as UTF-8');
  }
}

function binaryError(): InputError {
  return new InputError(
    'BINARY',
    'looks like a binary file, not text',
    'give a text file; UTF-16 text needs a byte-order mark',
  );
}

function refuseBinary(text: string): void {
  if (text.includes('\u0000')) throw binaryError();
  const sniff = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  let controls = 0;
  for (let i = 0; i < sniff.length; i++) {
    const c = sniff.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f) controls++;
  }
  if (sniff.length > 0 && controls / sniff.length > MAX_CONTROL_RATIO) throw binaryError();
}

/** CRLF and lone CR → LF (the one change to the text; documented in the README). */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** True when `text` has nothing but whitespace (including zero-width and BOM characters). */
export function isBlank(text: string): boolean {
  return /^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(text);
}
