/** Origin nouns for one person ("the New Zealander said"), as the entity model reads them. */
import { describe, expect, it } from 'vitest';
import { CITIES, isPersonDemonym, opensPlaceName, PLACES, townTier } from '../../src/lexicon/places.js';
import { CITIES_LARGE, TOWNS } from '../../src/lexicon/generated/towns.js';

const CASES: Array<[string, boolean]> = [
  ['New Zealander', true],
  ['Frenchman', true],
  ['Briton', true],
  ['Scot', true],
  // must not: adjectives and peoples ("the British said"), and words that also name things ("the Australian" is a newspaper too)
  ['British', false],
  ['French', false],
  ['Australian', false],
  ['New Yorker', false],
  ['Western', false],
];

describe('isPersonDemonym', () => {
  it.each(CASES)('%s → %s', (word, expected) => {
    expect(isPersonDemonym(word)).toBe(expected);
  });
});
// townTier binary-searches the generated "|"-separated lists in place; a Set of the same entries
// is the reference it must agree with, for every entry and for keys next to every entry.
describe('townTier agrees with plain set membership', () => {
  const large = new Set(CITIES_LARGE.split('|'));
  const towns = new Set(TOWNS.split('|'));
  const expected = (key: string): 0 | 1 | 2 => (large.has(key) ? 2 : towns.has(key) ? 1 : 0);

  it('finds every entry of both lists', () => {
    const wrong = [...large, ...towns].filter((key) => townTier(key) !== expected(key));
    expect(wrong).toEqual([]);
  });

  it('finds no key that is a prefix, an extension or a neighbour of an entry', () => {
    const near = [...large, ...towns].flatMap((key) => [key.slice(0, -1), `${key}a`, `${key} `, `${key}|`, `a${key}`]);
    const wrong = near.filter((key) => townTier(key) !== expected(key));
    expect(wrong).toEqual([]);
  });

  it.each([['', 0], ['|', 0], ['zzzzzz', 0], ['a', 0]] as const)('edge key %j', (key, tier) => {
    expect(townTier(key)).toBe(expected(key));
    expect(townTier(key)).toBe(tier);
  });
});

// opensPlaceName lets a reader skip the phrases of a run that no place of several words starts with.
describe('opensPlaceName', () => {
  it('is true for the first word of every known place of several words', () => {
    const wrong = [...PLACES, ...CITIES].filter((p) => p.includes(' ') && !opensPlaceName(p.slice(0, p.indexOf(' '))));
    expect(wrong).toEqual([]);
  });

  it.each([['new', true], ['sri', true], ['san', true], ['guler', false], ['minister', false], ['new zealand', false], ['', false]] as const)('%j → %s', (word, expected) => {
    expect(opensPlaceName(word)).toBe(expected);
  });
});
