/** `classifyWord`: lexicon facts about one word, memoized in a bounded cache. */
import { describe, expect, it } from 'vitest';
import { W, cachedWordCount, classifyWord, WORD_CACHE_LIMIT } from '../../src/extract/people/word-class.js';

describe('classifyWord', () => {
  it('knows given names, places and common words', () => {
    expect(classifyWord('mary').flags & W.First).toBeTruthy();
    expect(classifyWord('mary').gender).toBe('female');
    expect(classifyWord('syria').flags & W.Place).toBeTruthy();
    expect(classifyWord('table').flags & (W.First | W.Surname)).toBe(0);
  });

  it('gives a unisex given name no gender, even where compromise tags it male or female', () => {
    for (const name of ['kim', 'chris', 'robin', 'jan']) {
      expect(classifyWord(name).flags & W.First).toBeTruthy();
      expect(classifyWord(name).gender).toBeUndefined();
    }
    expect(classifyWord('john').gender).toBe('male');
    expect(classifyWord('susan').gender).toBe('female');
    // in both of faker's lists, but not hand-checked as unisex: compromise's gender stands
    expect(classifyWord('hillary').gender).toBe('female');
    expect(classifyWord('bernie').gender).toBe('male');
  });

  it('reads a hyphenated pair of given names as a given name, not a title or a month range', () => {
    expect(classifyWord('hans-otto').flags & W.First).toBeTruthy();
    expect(classifyWord('hans-otto').gender).toBe('male');
    expect(classifyWord('major-general').flags & W.First).toBe(0);
    expect(classifyWord('jan-april').flags & W.First).toBe(0);
  });

  it('keeps memory flat: the memo never holds more than its limit, and answers stay the same', () => {
    const before = classifyWord('jordan');
    for (let i = 0; i < WORD_CACHE_LIMIT + 1000; i++) classifyWord(`zq${i.toString(36)}x`);
    expect(cachedWordCount()).toBeLessThanOrEqual(WORD_CACHE_LIMIT);
    expect(classifyWord('jordan')).toEqual(before);
  });
});
