/**
 * Numbers written in digits: "20,000", "3,000.75", "1.5", "12,34,567.89" (Indian grouping),
 * "1.111,11" (decimal comma), "21st", and digits glued to letters ("4.2bn", "5km", "115.5USD").
 * Returns null for what is not one number: times ("10:30"), decades ("1990s"), dotted versions
 * and addresses ("1.2.3", "192.168.1.2"), and codes with a leading zero ("0800").
 */
import { ORDINAL_SUFFIXES } from '../../lexicon/number-words.js';

export interface ParsedDigits {
  value: number;
  /** Letters glued after the digits ("bn", "km"), as written; "" if none. */
  suffix: string;
  ordinal: boolean;
}

const DIGITS_AND_SUFFIX = /^(?<num>\d+(?:[.,:]\d+)*)(?<suffix>\p{L}*)$/u;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const EUROPEAN = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

export function parseDigits(text: string): ParsedDigits | null {
  const m = DIGITS_AND_SUFFIX.exec(text);
  if (m === null) return null;
  const num = m.groups!.num!;
  const suffix = m.groups!.suffix!;
  if (suffix === 's') return null; // a decade: 1990s, 70s
  const value = parseNumeral(num);
  if (value === null) return null;
  const ordinal = ORDINAL_SUFFIXES.includes(suffix.toLowerCase()) && Number.isInteger(value) && !num.includes(',');
  return { value, suffix: ordinal ? '' : suffix, ordinal };
}

/** The value of a digit string with separators, or null when it is not one number. */
export function parseNumeral(num: string): number | null {
  if (num.includes(':')) return null; // a time or a score
  if (/^0\d/.test(num)) return null; // a code or phone number: 0800, 007
  if (PLAIN.test(num)) return Number(num);
  if (THOUSANDS.test(num) || INDIAN.test(num)) return Number(num.replace(/,/g, ''));
  if (EUROPEAN.test(num)) return Number(num.replace(/\./g, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(num)) return Number(num.replace(',', '.'));
  return null;
}
