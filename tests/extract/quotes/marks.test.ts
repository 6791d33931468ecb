import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quoted words expected, in order] */
const DETECTION: Array<[string, string[]]> = [
  ['"We will win," he said.', ['We will win,']],
  ['“We will win,” he said.', ['We will win,']],
  ['„Wir werden gewinnen“, sagte er.', ['Wir werden gewinnen']],
  ['«Nous allons gagner», a-t-il dit.', ['Nous allons gagner']],
  ["''We will win,'' he said.", ['We will win,']],
  ['He said: "It is late. We must go now."', ['It is late. We must go now.']],
  ['"He called it \'a disgrace\' today," she said.', ["He called it 'a disgrace' today,"]],
  ['“He called it ‘a disgrace’ today,” she said.', ['He called it ‘a disgrace’ today,']],
  ['She said: "We tried.\n\n"We failed," she added.', ['We tried.', 'We failed,']],
  ['He said "one and then "two" was the word.', ['two']],
  ['An opening “ that never closes, then “a real quote,” he said.', ['a real quote,']],
  ['"A," she said, "and B."', ['A,', 'and B.']],
  ['It was a “miss” and a “hit.”', ['miss', 'hit.']],
  ['He said: "The first part. "The second part." Then he left.', ['The first part.', 'The second part.']],
  ['The stats are “51 percent.“\n\nNext paragraph.', ['51 percent.']],
  ['Jones, 5\'10", said nothing.', []],
  ['"WALLACE: Let us start."', ['WALLACE: Let us start.']],
];

describe('quote marks', () => {
  it.each(DETECTION)('%s', (input, expected) => {
    expect(markedQuotesOf(input).map((q) => q.text)).toEqual(expected);
  });

  it('gives exact offsets: the words inside the marks', () => {
    const text = 'Intro. "Hello there," he said.';
    const [q] = markedQuotesOf(text);
    expect(q!.text).toBe('Hello there,');
    expect(text.indexOf('Hello')).toBe(8);
  });

  it('splits a multi-paragraph quote into one segment per paragraph, all with the speaker', () => {
    const text = 'Mr Smith said: "The first paragraph goes on.\n\n"The second paragraph closes it."\n\nThen news.';
    const quotes = markedQuotesOf(text);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The first paragraph goes on.', 'Mr Smith'],
      ['The second paragraph closes it.', 'Mr Smith'],
    ]);
  });

  it('splits at single line breaks when lines are paragraphs', () => {
    const text = 'Intro line.\n\n“First line quote,” Ann Lee said.\n“Second line quote,” Bob Ray said.';
    expect(markedQuotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ['First line quote,', 'Ann Lee'],
      ['Second line quote,', 'Bob Ray'],
    ]);
  });
});
