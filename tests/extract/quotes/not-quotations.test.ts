/**
 * Names, nicknames, titles, slogans and product names in marks quote nobody: `scare`, no speaker,
 * even with a reporting verb near (constructed sentences). Rows below the line must stay quotes.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, [quoted words, kind, speaker, rule] of every quote in marks] */
const CASES: Array<[string, Array<[string, string, string | null, string]>]> = [
  ['Rep. Robert "Bobby" Smith said the bill would pass.', [['Bobby', 'scare', null, 'nickname-in-marks']]],
  ['State Del. Mary “Molly” Roe (D-Ohio) told reporters she was confident.', [['Molly', 'scare', null, 'nickname-in-marks']]],
  ['The firm, known as "Acme", said on Monday that profits rose.', [['Acme', 'scare', null, 'named-in-marks']]],
  ['The 30-second spot, titled “Arrogant,” says the senator lied.', [['Arrogant,', 'scare', null, 'named-in-marks']]],
  ['The group marched under the slogan "Hands Off Our Parks" as the mayor spoke.', [['Hands Off Our Parks', 'scare', null, 'named-in-marks']]],
  ['Roe told CBS\'s "Face the Nation" that the deal was dead.', [['Face the Nation', 'scare', null, 'title-in-marks']]],
  ['Roe said on ABC\'s “Good Morning Town” that she would run.', [['Good Morning Town', 'scare', null, 'title-in-marks']]],
  ['In his 2002 book, "Make Your Kid a Fortune," Mr. Roe suggested saving early.', [['Make Your Kid a Fortune,', 'scare', null, 'title-in-marks']]],
  ['Acme launched a phone named the "Acme Z5 Pro" to compete, its chief said.', [['Acme Z5 Pro', 'scare', null, 'named-in-marks']]],
  // ----- must stay quotations
  ['“We will win,” said Jane Roe.', [['We will win,', 'direct', 'Jane Roe', 'said-after-quote']]],
  ['Roe called the plan “Totally Unfair” on Monday.', [['Totally Unfair', 'partial', 'Roe', 'cue-in-sentence']]],
  ['Roe says the player nicknamed “King James” is a friend.', [['King James', 'partial', 'Roe', 'cue-in-sentence']]],
  ['Roe proclaimed a goal of "Peace Through Strength" at the rally.', [['Peace Through Strength', 'partial', 'Roe', 'cue-in-sentence']]],
  ['The crowd greeted him with chants of "Bobby!" as Roe said he would win.', [['Bobby!', 'partial', 'Roe', 'cue-in-sentence']]],
  ['Mary Roe said "Molly" was her mother\'s name, not hers.', [['Molly', 'partial', 'Mary Roe', 'cue-in-sentence']]],
];

describe('not quotations', () => {
  it.each(CASES)('%s', (input, expected) => {
    expect(markedQuotesOf(input).map((q) => [q.text, q.kind, q.speaker, q.rule])).toEqual(expected);
  });
});
