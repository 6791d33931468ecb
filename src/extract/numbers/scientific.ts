/**
 * Scientific and power notation written in digits: "1e10", "12.32e+14", "-12e-1", "1.3x10^6",
 * "6.23x10^-4", "2.5^-1". Read from the text at a token (a bounded window, so linear time) and
 * cut back to whole tokens.
 */
import type { Line } from './draft.js';
import type { Phrase } from './phrase.js';

const WINDOW = 48;
const SCIENTIFIC = /^(?<mantissa>\d+(?:\.\d+)?)(?:[eE](?<exp>[+-]?\d+)|[x×]10\^(?<pow10>[+-]?\d+)|\^(?<power>[+-]{0,2}\d+))/;

export function readScientific(text: string, line: Line, i: number): Phrase | null {
  const t = line.toks[i]!;
  if (t.kind !== 'number') return null;
  const window = text.slice(t.start, t.start + WINDOW);
  const m = SCIENTIFIC.exec(window);
  if (m === null) return null;
  const g = m.groups!;
  const mantissa = Number(g.mantissa);
  let value: number;
  if (g.exp !== undefined) value = mantissa * 10 ** Number(g.exp);
  else if (g.pow10 !== undefined) value = mantissa * 10 ** Number(g.pow10);
  else {
    const p = g.power!;
    const exponent = Number(p.replace(/^[+-]+/, ''));
    const negative = p.startsWith('-') && !p.startsWith('--');
    value = mantissa ** (negative ? -exponent : exponent);
  }
  const end = t.start + m[0].length;
  let last = i;
  while (last + 1 < line.length && line.toks[last + 1]!.end <= end) last++;
  if (line.toks[last]!.end !== end) return null;
  return { first: i, last, value, shape: 'cardinal', spelled: false, suffix: null, rule: 'scientific-notation' };
}
