/**
 * Speakers given by the layout (constructed snippets): a dash byline after a quote, transcript
 * labels opening paragraphs, and the signature of an embedded social post.
 */
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

/** [input, [quoted words, kind, speaker, rule] of every quote] */
const CASES: Array<[string, Array<[string, string, string | null, string]>]> = [
  ['“We will not back down.” — Jane Roe, The Daily Bugle', [['We will not back down.', 'direct', 'Jane Roe', 'dash-byline']]],
  ['“We will not back down.” ― Jane Roe', [['We will not back down.', 'direct', 'Jane Roe', 'dash-byline']]],
  ['“We will not back down.” — Jane Roe, a teacher in Ohio', [['We will not back down.', 'direct', 'Jane Roe', 'dash-byline']]],
  [
    'ROE: We will win the vote.\n\nMR. DOE: You will not.\n\nROE: We shall see.',
    [
      ['We will win the vote.', 'direct', 'ROE', 'transcript-turn'],
      ['You will not.', 'direct', 'MR. DOE', 'transcript-turn'],
      ['We shall see.', 'direct', 'ROE', 'transcript-turn'],
    ],
  ],
  [
    'The senator posted a reply.\n\nWe will win this vote. https://t.co/abc123 — Jane Roe (@janeroe) November 18, 2019',
    [['We will win this vote.', 'direct', 'Jane Roe', 'social-post']],
  ],
  [
    'We will win this vote.\n— Jane Roe (@janeroe) November 18, 2019',
    [['We will win this vote.', 'direct', 'Jane Roe', 'social-post']],
  ],
  [
    '<tweet id="1" author="@janeroe">We will win this vote. — Jane Roe (@janeroe) November 18, 2019</tweet>.',
    [['We will win this vote.', 'direct', 'Jane Roe', 'social-post']],
  ],
  // ----- must not fire
  ['UPDATE: The vote was moved to Friday.\n\nCORRECTION: An earlier version misspelled a name.', []],
  ['ROE: We will win the vote.', []], // one label alone is a heading, not a transcript
  ['“We will not back down from this fight.” — Ohio, Texas. Then the crowd left.', [['We will not back down from this fight.', 'direct', null, 'unattributed-quote']]],
  ['Follow Jane Roe on Twitter (@janeroe) for updates.', []],
];

describe('speakers from the layout', () => {
  it.each(CASES)('%s', (input, expected) => {
    expect(quotesOf(input).filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.kind, q.speaker, q.rule])).toEqual(expected);
  });
});
