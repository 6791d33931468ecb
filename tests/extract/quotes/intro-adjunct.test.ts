/**
 * intro-adjunct: words that open an adjunct before the clause subject ("Shortly after …,",
 * "Repeatedly,", "Outside the arena,", "First,", "Like Corker,", "Preceded at the lectern by …,")
 * are no speaker; the subject after the adjunct's comma is. Constructed sentences after PolNeAR
 * train patterns.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention]. */
// (also the clause a quote stands in: "Ever since X announced …, he has said …" is he's, not X's)
const CASES: Array<[string, string, string | null]> = [
  ['Shortly after the call ended, the senator’s campaign sent out a release saying Murphy owes “Florida an explanation.”', 'Florida an explanation.', 'the senator’s campaign'],
  ['Even before Sanders took the stage, his campaign sent a text message saying: "We were just declared the winner!"', 'We were just declared the winner!', 'his campaign'],
  ['Immediately after the attacks, Trump issued a statement, “Our nation was attacked by a radical terrorist.”', 'Our nation was attacked by a radical terrorist.', 'Trump'],
  ['Like Corker, Menendez also rejected the notion, arguing that there is "flexibility for the administration" in the rules.', 'flexibility for the administration', 'Menendez'],
  ['First, the Democrats on the stage refused to say the words "radical Islam," a moment seized upon by Republicans.', 'radical Islam,', 'Democrats'],
  ['Outside the arena, the protesters chanted "Dump Trump" for an hour.', 'Dump Trump', 'the protesters'],
  ['Pressed on the issue, Rubio insisted that the bill was "a disaster for workers" in his state.', 'a disaster for workers', 'Rubio'],
  ['Reported by the Times, the comment, calling the plan "a disaster," spread fast.', 'a disaster,', 'the comment'],
  ['Ever since Sanders announced his candidacy, he has said the same thing at every stop: "It is not about me."', 'It is not about me.', 'he'],
  // must not fire: a name opening the sentence, a quantity, a name (even one ending in -ly) before "as"/"after"
  ['Kelly, the host, said the remark was "beneath the office" of a candidate.', 'beneath the office', 'Kelly'],
  ['Around 200 protesters gathered outside, chanting "Dump Trump" all night.', 'Dump Trump', 'Around 200 protesters'],
  ['Sanders as always went after the banks, calling them "a fraud" on the nation.', 'a fraud', 'Sanders'],
  ['Kelly as always went after the network, calling it "a disgrace" on the air.', 'a disgrace', 'Kelly'],
  ['Beverly after the debate went after the network, calling it "a disgrace" on the air.', 'a disgrace', 'Beverly'],
];

describe('intro-adjunct', () => {
  it.each(CASES)('%s', (input, quote, speaker) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
  });
});
