/** The people lexicons are flat lower-case lists (they are looked up with lower-cased words). */
import { describe, expect, it } from 'vitest';
import { FIRST_NAME_GENDER } from '../../src/lexicon/first-names.js';
import { SURNAMES } from '../../src/lexicon/surnames.js';
import { AMBIGUOUS_PLACES, CITIES, DEMONYMS, PLACES } from '../../src/lexicon/places.js';
import { ORGANIZATION_NAMES, ORGANIZATION_NOUNS, ORGANIZATION_WORDS } from '../../src/lexicon/organizations.js';
import { NON_PERSON_WORDS } from '../../src/lexicon/non-person-words.js';
import { HONORIFICS, NAME_SUFFIXES } from '../../src/lexicon/honorifics.js';
import { LEADING_PARTICLES, NAME_PARTICLES, NAME_PREFIXES } from '../../src/lexicon/name-particles.js';
import { SPEECH_VERBS_AFTER, SPEECH_VERBS_BEFORE } from '../../src/lexicon/person-cues.js';
import { PERSON_NOUNS } from '../../src/lexicon/person-words.js';

const LISTS: Array<[string, Iterable<string>]> = [
  ['first names', FIRST_NAME_GENDER.keys()], ['surnames', SURNAMES], ['places', PLACES], ['cities', CITIES],
  ['ambiguous places', AMBIGUOUS_PLACES], ['demonyms', DEMONYMS], ['organization words', ORGANIZATION_WORDS],
  ['organization names', ORGANIZATION_NAMES], ['organization nouns', ORGANIZATION_NOUNS],
  ['non-person words', NON_PERSON_WORDS], ['honorifics', Object.keys(HONORIFICS)], ['name suffixes', NAME_SUFFIXES],
  ['name particles', NAME_PARTICLES], ['leading particles', LEADING_PARTICLES], ['name prefixes', NAME_PREFIXES],
  ['person nouns', PERSON_NOUNS], ['speech verbs after', SPEECH_VERBS_AFTER], ['speech verbs before', SPEECH_VERBS_BEFORE],
];

describe('people lexicons', () => {
  it.each(LISTS)('%s are lower case and non-empty', (_name, list) => {
    const words = [...list];
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w) => w === '' || w !== w.toLowerCase() || w !== w.trim())).toEqual([]);
  });

  // The US Census 1990 family names added to faker's (scripts/build-lexicons.mjs); its places are left out.
  it.each(['nguyen', 'kowalski', 'schmidt', 'smith'])('%s is a surname', (name) => {
    expect(SURNAMES.has(name)).toBe(true);
  });
  it.each(['boston', 'england', 'davenport'])('%s (a place) is no census surname', (name) => {
    expect(SURNAMES.has(name)).toBe(false);
  });

  it.each([
    ['john', 'male'], ['mary', 'female'], ['mohammed', 'male'],
  ])('%s is a given name (%s)', (name, gender) => {
    expect(FIRST_NAME_GENDER.get(name)).toBe(gender);
  });
});
