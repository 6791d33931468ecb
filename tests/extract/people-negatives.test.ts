/** Strings that must produce no person mention: places, organizations, months, teams, headlines. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { extractNameMentions } from '../../src/extract/people.js';

const NEGATIVES = readFileSync(new URL('../../fixtures/negatives/people.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

describe('people negatives', () => {
  it.each(NEGATIVES)('%s', (text) => {
    expect(extractNameMentions(buildArticle(text)).map((m) => m.text)).toEqual([]);
  });
});
