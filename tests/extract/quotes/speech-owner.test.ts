/**
 * speech-owner: a sentence subject that is someone's words ("Ryan's language", "Podliska's most
 * explosive claim") gives the quote to their owner, not to the words. Constructed sentences after
 * PolNeAR train patterns.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention]. */
const CASES: Array<[string, string, string | null]> = [
  ['But Ryan’s language in the statement makes clear that he is showing “respect for the bureau and for the work its agents do” at this point.', 'respect for the bureau and for the work its agents do', 'Ryan'],
  ['Podliska’s most explosive claim is that the committee is a “witch hunt” against Clinton.', 'witch hunt', 'Podliska'],
  // speech-act nouns: an insistence, an accusation (constructed, after BBC News copy)
  ['Mr Brown’s insistence he was not “gloating over the figures, whatever the others say” was a pointed rebuttal.', 'gloating over the figures, whatever the others say', 'Mr Brown'],
  ['Mr Trump’s accusation that she is playing “the woman’s card in every single debate she has” drew scorn.', 'the woman’s card in every single debate she has', 'Mr Trump'],
  // must not fire: an owner that is no name, words that are no speech
  ['The senator’s claim is that the panel is a “witch hunt” against Clinton.', 'witch hunt', 'The senator’s claim'],
  ['Ryan’s office in the Capitol became a “war room for the long night of counting that lay ahead” for all of them.', 'war room for the long night of counting that lay ahead', 'Ryan’s office'],
];

describe('speech-owner', () => {
  it.each(CASES)('%s', (input, quote, speaker) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
  });
});
