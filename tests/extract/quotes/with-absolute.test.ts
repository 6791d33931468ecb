/**
 * with-absolute: after ", with", a noun phrase and a gerund cue make a clause of their own
 * ("…, with Sen. John McCain calling it a “Chinese menu”"): its subject is the quote's speaker,
 * not the subject of the sentence's first cue. Also: a reporting gerund after a name is no part of
 * the name ("Donald Trump tweeting"). Constructed sentences after PolNeAR train patterns.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention, cue]. */
const CASES: Array<[string, string, string | null, string | null]> = [
  ['Republicans who agree that the prison should close were irritated, with Sen. John McCain calling it a "Chinese menu."', 'Chinese menu.', 'Sen. John McCain', 'calling'],
  ['Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton.', 'disaster', 'Donald Trump', 'tweeting'],
  ['Orlando was on their minds, with many marchers and spectators chanting "We are Orlando" all day.', 'We are Orlando', 'many marchers', 'chanting'],
  // must not fire: "with" without a comma (an object of the verb), a gerund that is not a cue
  ['Trump spoke with Sen. John McCain, calling the plan "a Chinese menu."', 'a Chinese menu.', 'Trump', 'calling'],
  ['Trump called the plan "a disaster," with Cruz watching from the side.', 'a disaster,', 'Trump', 'called'],
];

describe('with-absolute', () => {
  it.each(CASES)('%s', (input, quote, speaker, cue) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
    expect(q.cue).toBe(cue);
  });
});
