/** Lookups in compromise's lexicon (src/nlp/compromise.ts): its own words only, never Object.prototype's names. */
import { describe, expect, test } from 'vitest';
import { lexiconTag, lexiconTags } from '../../src/nlp/compromise.js';

describe('lexiconTag / lexiconTags', () => {
  test.each([
    // word, tag (lexiconTag), tags (lexiconTags)
    ['john', 'MaleName', ['MaleName']],
    ['was', ['Copula', 'PastTense'], ['Copula', 'PastTense']],
    ['his', ['Possessive', 'Pronoun'], ['Possessive', 'Pronoun']],
  ])('a word of the lexicon: %s', (word, tag, tags) => {
    expect(lexiconTag(word)).toEqual(tag);
    expect(lexiconTags(word)).toEqual(tags);
  });

  test.each(['constructor', 'toString', 'tostring', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'xyzzy', ''])(
    'no entry: %s (Object.prototype names are no words)',
    (word) => {
      expect(lexiconTag(word)).toBeUndefined();
      expect(lexiconTags(word)).toEqual([]);
    },
  );
});
