/**
 * The speaker mention covers the speaker's own words: the name at the end of a long phrase after an
 * inverted cue, and the name after a possessive owner (constructed sentences).
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf, quotesOf } from './helpers.js';

/** [input, speaker mention of the first quote] */
const SPEAKERS: Array<[string, string | null]> = [
  ['“We will grow,” said Acme\'s recently named executive chair Jane Roe in an email.', 'Jane Roe'],
  ['“We will grow,” said Acme\'s newly appointed chief executive Jane Roe.', 'Jane Roe'],
  ['“We will grow,” said Acme\'s Jane Roe.', 'Jane Roe'],
  ['“We will grow,” said the recently elected mayor, Jane Roe.', 'the recently elected mayor'],
  ['“Trade is unfair,” War on Want\'s John Hilary said.', 'John Hilary'],
  ['“Trade is unfair,” Oxfam\'s Jane Roe told reporters.', 'Jane Roe'],
  // must keep the owner: the head is a description, or one word the owner has
  ['“We must unite,” Jane Roe\'s Facebook said.', "Jane Roe's Facebook"],
  ['“We will grow,” Acme\'s chief executive said.', "Acme's chief executive"],
  ['“We will grow,” said Trump\'s campaign manager.', "Trump's campaign manager"],
  // must not take a participle for a modifier: the verb of a clause follows the name
  ['“We will grow,” said Jane Roe, who announced the plan.', 'Jane Roe'],
];

describe('speaker phrase', () => {
  it.each(SPEAKERS)('%s', (input, expected) => {
    expect(markedQuotesOf(input)[0]?.speaker ?? null).toBe(expected);
  });
});

describe('speaker phrase before the cue', () => {
  it.each([
    ['The MP for Ealing North claimed the bill would encourage corruption.', 'The MP for Ealing North'],
    ['The state news agency SANA said the talks had failed.', 'SANA'],
  ])('%s', (input, expected) => {
    expect(quotesOf(input).find((q) => q.kind === 'indirect')?.speaker ?? null).toBe(expected);
  });
});
