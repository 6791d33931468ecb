/** Lint of the number lexicons: lower case where matched case-insensitively, no prototype leaks. */
import { describe, expect, it } from 'vitest';
import { FRACTION_WORDS, ORDINAL_WORDS, SCALE_ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS } from '../../../src/lexicon/number-words.js';
import { GROUP_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from '../../../src/lexicon/scales.js';
import { CURRENCY_CODES, CURRENCY_WORDS, DOLLAR_PREFIXES, QUALIFIED_CURRENCIES } from '../../../src/lexicon/currencies.js';
import { TIME_UNITS, UNITS } from '../../../src/lexicon/units.js';
import { numbersOf } from './helpers.js';

const LOWER_CASE_TABLES = {
  UNIT_WORDS, TENS_WORDS, ORDINAL_WORDS, SCALE_ORDINAL_WORDS, FRACTION_WORDS, SCALE_WORDS, GROUP_WORDS,
  SCALE_ABBREVIATIONS, CURRENCY_WORDS, DOLLAR_PREFIXES, QUALIFIED_CURRENCIES, UNITS, TIME_UNITS,
};

describe('number lexicons', () => {
  it.each(Object.entries(LOWER_CASE_TABLES))('%s keys are lower case', (_name, table) => {
    for (const key of Object.keys(table)) expect(key).toBe(key.toLowerCase());
  });
  it('currency codes are three upper-case letters', () => {
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('"%s" is not in any table', (word) => {
    for (const table of Object.values(LOWER_CASE_TABLES)) expect((table as Record<string, unknown>)[word]).toBeUndefined();
    expect(numbersOf(`It had 5 ${word} and five ${word}.`).map((f) => f.unit)).toEqual([null, null]);
  });
});
