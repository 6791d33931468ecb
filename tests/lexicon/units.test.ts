/** The first-token test that spares attachUnit the joins of units written in several tokens. */
import { describe, expect, it } from 'vitest';
import { properPrefixes } from '../../src/lexicon/table.js';
import { unitMayContinue, unitOf } from '../../src/lexicon/units.js';

describe('properPrefixes', () => {
  it('holds every proper prefix of every key, not the keys themselves', () => {
    expect([...properPrefixes(['us dollars', 'km'])].sort()).toEqual(
      ['k', 'u', 'us', 'us ', 'us d', 'us do', 'us dol', 'us doll', 'us dolla', 'us dollar'].sort(),
    );
  });
});

const CASES: Array<[string, string, boolean]> = [
  // must fire: the first token of a unit of several tokens
  ['square', 'square', true], // "square metres"
  ['km', 'km', true], // "km/h"
  ['miles', 'miles', true], // "miles per hour"
  ['sq', 'sq', true], // "sq ft"
  // must not: words that begin no unit of several tokens
  ['troops', 'troops', false],
  ['people', 'People', false],
  ['', '', false],
];

describe('unitMayContinue', () => {
  it.each(CASES)('%s → %s', (lower, written, expected) => {
    expect(unitMayContinue(lower, written)).toBe(expected);
  });
  it('is true for the first token of every multi-token unit it guards', () => {
    for (const [first, joined] of [['square', 'square metres'], ['km', 'km/h'], ['miles', 'miles per hour']]) {
      expect(unitOf(joined!, joined!)).toBeDefined();
      expect(unitMayContinue(first!, first!)).toBe(true);
    }
  });
});
