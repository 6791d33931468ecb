/** naming-participle: "a website called “…”" gives a name; the noun phrase before it is no speaker. */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention or null]. */
const CASES: Array<[string, string, string | null]> = [
  ['Rob Calabrese, a radio host, has set up a website called “Cape Breton If Donald Trump Wins” that pitches the island.', 'Cape Breton If Donald Trump Wins', null],
  ['Later on Sunday, Carson shared a syllabus for a 2002 psychology class called “Perception” on his Facebook page.', 'Perception', null],
  ['Using a technology called XDR, the Cell is the key to what Sony calls the imminent "war on living rooms".', 'war on living rooms', 'Sony'],
  ['The campaign paid for a short film called "Tenemos Familias" that aired on Univision.', 'Tenemos Familias', null],
  // must still fire: a definite subject, an object after the verb, a pronoun
  ['The senator called "a disgrace" the plan his rivals put forward on Monday.', 'a disgrace', 'The senator'],
  ['A spokesman called it "a baseless attack on the integrity of the campaign".', 'a baseless attack on the integrity of the campaign', 'A spokesman'],
  ['He called "fake news" the reports that he had lost the support of his party.', 'fake news', 'He'],
  ['A group of rabbis called for a boycott of the speech, saying it was "deeply offensive".', 'deeply offensive', 'A group of rabbis'],
];

describe('naming-participle', () => {
  it.each(CASES)('%s', (input, quote, speaker) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
  });

  it('a given name borrows no speaker from the paragraph', () => {
    const text = 'He says it "totally sucked." Now dozens of coders are refining it; the result is a work in progress called "ipodder".';
    expect(markedQuotesOf(text).map((q) => [q.text, q.speaker])).toEqual([
      ['totally sucked.', 'He'],
      ['ipodder', null],
    ]);
  });
});
