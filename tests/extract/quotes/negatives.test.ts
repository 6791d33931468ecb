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

/** Quotes in marks that must get no speaker (scare quotes, titles, nicknames), with the rule that says so. */
const NO_SPEAKER: Array<[string, string, string]> = [
  ['Turkey has bases near Kurdish militants it considers "terrorist threats."', 'terrorist threats.', 'scare-quote'],
  ['The film "The Phantom Menace" opened in May.', 'The Phantom Menace', 'title-in-marks'],
  // nouns that are also speech verbs are left out of the lexicon: "protests", "a hint", "a sigh"
  ['The tour was cancelled after protests at his "anti-gay" lyrics.', 'anti-gay', 'scare-quote'],
  ['Robert C. "Bobby" Scott won the seat.', 'Bobby', 'nickname-in-marks'],
  ['The so-called "gig economy" keeps growing.', 'gig economy', 'named-in-marks'],
  ['It sends a message that the "elites" in this country are above the law.', 'elites', 'scare-quote'],
];

describe('no speaker', () => {
  it.each(NO_SPEAKER)('%s', (input, quoted, rule) => {
    expect(quotesOf(input)).toEqual([{ text: quoted, kind: 'scare', speaker: null, cue: null, rule }]);
  });
});

/** colon-subject needs a subject followed by its verb: a heading or a label before the colon names no speaker. */
const NO_COLON_SUBJECT: string[] = [
  'Update: "Breaking news from the capital tonight, as the talks collapsed."',
  'Breaking: "Lawmakers have reached a deal on the budget tonight."',
  'Full text: "We the people of the United States, in order to form a more perfect union."',
];

describe('no speaker before a colon', () => {
  it.each(NO_COLON_SUBJECT)('%s', (input) => {
    expect(quotesOf(input).map((q) => q.speaker)).toEqual([null]);
  });
});

/** Gerunds after a quote are not inverted ("…," citing X): their object is no speaker. */
const NOT_INVERTED: Array<[string, string | null]> = [
  // "went on to become": the particle cue is no cue before an infinitive
  ['Mr Cunningham went on to become the "cabinet enforcer" of the government.', null],
  ['The lawmakers argue that "there is precedent for prosecution," citing an instance in which a Marine was convicted.', 'The lawmakers'],
  ['Mr. Trump called it "a disgrace," blaming Michael Bloomberg.', 'Mr. Trump'],
  ['The police shot "a suspect" near the square.', null],
];

describe('no speaker from a gerund object or a bare particle verb', () => {
  it.each(NOT_INVERTED)('%s', (input, speaker) => {
    expect(quotesOf(input)[0]?.speaker ?? null).toBe(speaker);
  });
});
