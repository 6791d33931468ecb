/**
 * Mark styles of wire copy and other typographies (constructed sentences): AP closes with two
 * apostrophes or two right single marks, treebank text opens with two backticks, guillemets and
 * low-9 marks pair with their own closers, and single curly marks are never quotation marks.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, [quoted words, speaker] in order] */
const STYLES: Array<[string, Array<[string, string | null]>]> = [
  ["“We will win,’’ Jane Roe said. “Then we rest.’’", [['We will win,', 'Jane Roe'], ['Then we rest.', 'Jane Roe']]],
  ["“We will win,'' Jane Roe said. “Then we rest.''", [['We will win,', 'Jane Roe'], ['Then we rest.', 'Jane Roe']]],
  ['"We will win,’’ Jane Roe said.', [['We will win,', 'Jane Roe']]],
  ["``We will win,'' Jane Roe said.", [['We will win,', 'Jane Roe']]],
  ["``We will win,’’ said Jane Roe, and ``then we rest.''", [['We will win,', 'Jane Roe'], ['then we rest.', 'Jane Roe']]],
  ["‘‘We will win,’’ Jane Roe said.", [['We will win,', 'Jane Roe']]],
  ['«Nous allons gagner», a dit Jane Roe.', [['Nous allons gagner', null]]],
  ['„Wir gewinnen“, sagte Jane Roe.', [['Wir gewinnen', null]]],
  // single curly marks: nested inside double marks they stay in the words; alone they are no quote
  ['“He called it ‘a disgrace’ on Monday,” Jane Roe said.', [['He called it ‘a disgrace’ on Monday,', 'Jane Roe']]],
  ['Roe: ‘We will win the vote’', []],
  ['The players’ union said it was the Smiths’ house.', []],
  // must not fire: an apostrophe pair inside a word, a lone closer
  ["She likes rock''n''roll music.", []],
  ['It was the end of the ’’ era.', []],
];

describe('mark styles', () => {
  it.each(STYLES)('%s', (input, expected) => {
    expect(markedQuotesOf(input).map((q) => [q.text, q.speaker])).toEqual(expected);
  });

  it('does not let an AP closer swallow the attribution and the next quote', () => {
    const text = "“It is over,’’ Jane Roe said on Monday.\n\n“We move on,’’ she added.";
    expect(markedQuotesOf(text).map((q) => q.text)).toEqual(['It is over,', 'We move on,']);
  });
});
