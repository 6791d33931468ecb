/** subject-before-adjunct: a prepositional adjunct between the subject and its cue is no speaker. */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention]. */
const CASES: Array<[string, string, string | null]> = [
  ['Beck, who has in the past described Trump as "a pathological narcissistic sociopath", endorsed Cruz.', 'a pathological narcissistic sociopath', 'who'],
  ['Trump in his announcement speech called undocumented immigrants from Mexico "rapists".', 'rapists', 'Trump'],
  ['Policy makers in Europe have called the dollar\'s slide "brutal".', 'brutal', 'Policy makers'],
  ['"Kim had considered returning to action in Paris on 7 February," a statement on her website said.', 'Kim had considered returning to action in Paris on 7 February,', 'a statement'],
  // must not fire: "after" opens a clause, a name holds the preposition, the clause opens with the adjunct
  ['The dollar rose after the Federal Reserve head said the deficit was "set to stabilise".', 'set to stabilise', 'the Federal Reserve head'],
  ['War on Want\'s John Hilary said: "Compassionate rhetoric cannot disguise the reality of these policies."', 'Compassionate rhetoric cannot disguise the reality of these policies.', 'John Hilary'],
  ['Speaking in Harrogate Mr Kennedy said: "People want a credible, principled political party."', 'People want a credible, principled political party.', 'Harrogate Mr Kennedy'],
  ['In a panel discussion in California Mr Torvalds said patents were "a problem for the open source movement".', 'a problem for the open source movement', 'California Mr Torvalds'],
];

describe('subject-before-adjunct', () => {
  it.each(CASES)('%s', (input, quote, speaker) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
  });
});
