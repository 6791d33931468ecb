/**
 * Words that name Object.prototype members ("constructor", "toString", ...) in every slot where a
 * rule looks a word up in a table: glued to a number ("20toString" once crashed the numbers stage
 * through a plain-object table), after "per" ("10 kg per constructor" once gave the unit
 * "kg/function Object() { [native code] }"), before "a week", after a title, as a speaker.
 * Extraction must not throw, must keep its contract, and no output value may come from a prototype.
 */
import { describe, expect, test } from 'vitest';
import { extractFacts } from '../../src/index.js';
import { assertContract } from '../helpers/invariants.js';

const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Sentences with one slot, each slot a place some rule reads a word from a table. */
const TEMPLATES = [
  'Water was at 20W on Monday.',
  'It cost $20W last year.',
  'The lorry carried 10 kg per W.',
  'The price was 10 W.',
  'It happens W a week, said John Smith.',
  'Three W ago the W of France, John Smith, resigned.',
  'Mr W said: "We will win."',
  '"We will win," W said.',
  'He was a 5-W-old from W.',
  'It rose 5 W in W 2020.',
  'The W W was elected on W 3.',
];

function casesFor(word: string): string[] {
  const capital = word[0]!.toUpperCase() + word.slice(1);
  return TEMPLATES.flatMap((t) => [t.replaceAll('W', word), t.replaceAll('W', capital)]);
}

describe('prototype member names in table slots', () => {
  test.each(PROTOTYPE_WORDS)('"%s" in every slot: no throw, contract holds, no value from a prototype', (word) => {
    for (const text of casesFor(word)) {
      const facts = extractFacts(text, { id: 'proto', source: 'proto', referenceDate: '2025-08-13' });
      assertContract(facts, text);
      const json = JSON.stringify(facts);
      expect(json, text).not.toContain('[native code]');
      expect(json, text).not.toMatch(/"(unit|value|kind|role|name)":"function/);
    }
  });

  test('the slots are live: the same templates with ordinary words give their facts', () => {
    const units = extractFacts('The lorry carried 10 kg per day.').numbers;
    expect(units.map((n) => [n.text, n.unit])).toEqual([['10 kg per day', 'kg/d']]);
    const temperature = extractFacts('Water was at 20C on Monday.').numbers;
    expect(temperature.map((n) => [n.text, n.unit])).toEqual([['20C', '°C']]);
    const set = extractFacts('It happens twice a week.', { referenceDate: '2025-08-13' }).dates;
    expect(set.map((d) => [d.text, d.value])).toEqual([['twice a week', 'P1W']]);
  });
});
