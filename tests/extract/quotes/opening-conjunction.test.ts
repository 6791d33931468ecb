/**
 * opening-conjunction: a sentence opening with "But", "And then", "Yet" keeps its subject right
 * after the conjunction ("But Mr. Sanders showed no sign of backing down, releasing a statement
 * that accused …"), for the gerund cues and subject sieves that read the clause's subject.
 * Constructed sentences after PolNeAR train patterns.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention]. */
const CASES: Array<[string, string, string | null]> = [
  ['But Mr. Sanders showed no sign of backing down, releasing a statement that accused the party of using "its power to prevent a fair process."', 'its power to prevent a fair process.', 'Mr. Sanders'],
  ['And then Trump went fully on the attack, saying, "Is President Obama going to finally mention the words?"', 'Is President Obama going to finally mention the words?', 'Trump'],
  ['But Sen. Pat Toomey refused to entertain the idea, responding that he is "not going to go into what my campaign is doing."', 'not going to go into what my campaign is doing.', 'Sen. Pat Toomey'],
  ['But, in the end, Trump won the state, saying "we did it" to his fans.', 'we did it', 'Trump'],
  // must not fire: words that only begin like a conjunction
  ['Butler went on the attack, saying, "Is it over yet?"', 'Is it over yet?', 'Butler'],
  ['Andrews went on the attack, saying, "Is the governor going to resign?"', 'Is the governor going to resign?', 'Andrews'],
];

describe('opening-conjunction', () => {
  it.each(CASES)('%s', (input, quote, speaker) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
  });
});
