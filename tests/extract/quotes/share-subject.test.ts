/**
 * share-subject: the people a poll counts speak as "21 percent", "73 percent of Americans", "49%"
 * or "those surveyed" (the number belongs to the mention). Constructed sentences after PolNeAR
 * train patterns.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention]. */
const CASES: Array<[string, string, string | null]> = [
  ['Asked how likely Clinton was to win, 21 percent said "not too likely" and 14 percent said "not at all likely."', 'not at all likely.', '14 percent'],
  ['In the poll, 73 percent of Americans said the country is "on the wrong track."', 'on the wrong track.', '73 percent of Americans'],
  ['In the survey, 49% said the "sharing economy" is an improvement.', 'sharing economy', '49%'],
  ['While those surveyed said Bush has the "best experience," Trump leads.', 'best experience,', 'those surveyed'],
  // must not fire: a number that is no share, "those" alone, a share that is not the subject
  ['In 2016 voters said the race was "a circus" from the start.', 'a circus', 'voters'],
  ['Those who voted said the race was "too close to call."', 'too close to call.', null],
  ['Smith said 40 percent was "a good result" for the party.', 'a good result', 'Smith'],
];

describe('share-subject', () => {
  it.each(CASES)('%s', (input, quote, speaker) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
  });
});
