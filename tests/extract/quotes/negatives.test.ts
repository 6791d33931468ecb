import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

/** Inputs that must give no quotation at all. */
const NO_QUOTES: string[] = [
  '',
  '"',
  '""',
  '“”',
  "It's the company's best year, the firm's chief said nothing.",
  'He is 5\'10" tall and weighs 80kg.',
  'The 12" vinyl sold out.',
  'Rock \'n\' roll is back.',
  'The White House will announce its budget on Monday.',
  'The state of the union is strong.',
  'Republican claims were rated false by many.',
  'An opening “ that never closes.',
  '<tweet tweet-id="783499116076687360" author="carlquintanilla"><tweet/>',
];

describe('no quotations', () => {
  it.each(NO_QUOTES)('%j', (input) => {
    expect(quotesOf(input)).toEqual([]);
  });
});

/** Quotes in marks that must get no speaker (scare quotes, titles, nicknames). */
const NO_SPEAKER: Array<[string, string]> = [
  ['Turkey has bases near Kurdish militants it considers "terrorist threats."', 'terrorist threats.'],
  ['The film "The Phantom Menace" opened in May.', 'The Phantom Menace'],
  ['Robert C. "Bobby" Scott won the seat.', 'Bobby'],
  ['The so-called "gig economy" keeps growing.', 'gig economy'],
  ['It sends a message that the "elites" in this country are above the law.', 'elites'],
];

describe('no speaker', () => {
  it.each(NO_SPEAKER)('%s', (input, quoted) => {
    expect(quotesOf(input)).toEqual([{ text: quoted, kind: 'scare', speaker: null, cue: null, rule: 'scare-quote' }]);
  });
});
