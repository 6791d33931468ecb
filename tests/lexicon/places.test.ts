/** Origin nouns for one person ("the New Zealander said"), as the entity model reads them. */
import { describe, expect, it } from 'vitest';
import { isPersonDemonym } from '../../src/lexicon/places.js';

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
