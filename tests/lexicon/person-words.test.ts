/** The person words are one tagged table: each word once, lower case, every tag a known one. */
import { describe, expect, it } from 'vitest';
import { listedPersonWords, personWordTags, personWordsTagged, type PersonWordTag } from '../../src/lexicon/person-words.js';

const KNOWN: readonly PersonWordTag[] = ['head', 'occupation', 'counterpart', 'capitalized-only', 'modifier', 'before-name', 'appositive', 'speaker', 'not-role', 'institution'];

describe('person words', () => {
  it('lists lower-case words, each with at least one tag, every tag known', () => {
    const words = listedPersonWords();
    expect(words.length).toBeGreaterThan(500);
    expect(words.filter((w) => w !== w.toLowerCase() || w.trim() !== w || w === '')).toEqual([]);
    expect(words.filter((w) => personWordTags(w).length === 0)).toEqual([]);
  });

  it.each(KNOWN)('some words carry %s', (tag) => {
    expect(personWordsTagged(tag).size).toBeGreaterThan(0);
  });

  it.each([
    ['chief', ['head', 'modifier', 'before-name', 'speaker']], // "chief executive", "army chief", "the chief said"
    ['singer', ['head', 'occupation', 'before-name']],
    ['general', ['head', 'capitalized-only', 'modifier', 'before-name']],
    ['woman', ['appositive', 'speaker', 'not-role']],
    ['ministry', ['speaker']],
    ['defence', ['modifier']],
    ['wife', ['before-name', 'speaker', 'not-role']],
    ['said', []], // not a person word
  ] as Array<[string, PersonWordTag[]]>)('%s is tagged %j', (word, tags) => {
    expect(personWordTags(word)).toEqual(tags);
  });

  it('keeps occupations a subset of heads', () => {
    const heads = personWordsTagged('head');
    expect([...personWordsTagged('occupation')].filter((w) => !heads.has(w))).toEqual([]);
  });
});
