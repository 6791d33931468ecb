/** paragraph-subject: a quote-only paragraph after a paragraph that names its subject without a cue. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/index.js';
import { markedQuotesOf } from './helpers.js';

/** [input, [quote, speaker mention, rule] of the first quote] — the extractor alone. */
const SUBJECTS: Array<[string, [string, string | null, string]]> = [
  [
    'Richard Viguerie is upbeat about the senator’s chances, in part because he sees him as a uniter.\n\n“Not only can he win in November, he is the one with the best chance.”',
    ['Not only can he win in November, he is the one with the best chance.', 'Richard Viguerie', 'paragraph-subject'],
  ],
  [
    'Grassley has been taking heat back home. The senator stayed silent.\n\n"There are few people who have shown less spine than the senator from Iowa."',
    ['There are few people who have shown less spine than the senator from Iowa.', 'Grassley', 'paragraph-subject'],
  ],
  [
    'Maria Renteria, a former chief of staff, went to Flint last week to talk with the mayor.\n\n"When this came about and she read about it, her immediate response has been to help."',
    ['When this came about and she read about it, her immediate response has been to help.', 'Maria Renteria', 'paragraph-subject'],
  ],
  // not: a quote too short to be a statement
  ['Richard Viguerie is upbeat about the race.\n\n"Welcome to the show"', ['Welcome to the show', null, 'scare-quote']],
  // not: the quote does not open its paragraph
  [
    'Richard Viguerie is upbeat about the race.\n\nIn the hall the banners were new and "nobody here thinks that the race is over yet" was the mood.',
    ['nobody here thinks that the race is over yet', null, 'unattributed-quote'],
  ],
  // not: the subject is a description, not a name
  [
    'The senator is upbeat about the race.\n\n"Not only can he win in November, he is the one with the best chance."',
    ['Not only can he win in November, he is the one with the best chance.', null, 'unattributed-quote'],
  ],
  // not: a cue in the previous paragraph names the speaker (paragraph-continuation)
  [
    'Richard Viguerie said the race was open.\n\n"Not only can he win in November, he is the one with the best chance."',
    ['Not only can he win in November, he is the one with the best chance.', 'Richard Viguerie', 'paragraph-continuation'],
  ],
];

describe('paragraph-subject', () => {
  it.each(SUBJECTS)('%s', (input, expected) => {
    const q = markedQuotesOf(input)[0]!;
    expect([q.text, q.speaker, q.rule]).toEqual(expected);
  });

  it('keeps the subject only when it is a person', () => {
    const person = 'Richard Viguerie is upbeat about the race, because he sees the senator as a uniter.\n\n"Not only can he win in November, he is the one with the best chance."';
    const company = 'Twitter needs to attract a suitor or risk being overtaken by its larger competitors.\n\n"If current trends continue, it is inevitable that the company will get acquired."';
    const [p] = extractFacts(person).quotes;
    expect([p?.speaker?.name, p?.rule]).toEqual(['Richard Viguerie', 'paragraph-subject']);
    const [c] = extractFacts(company).quotes;
    expect([c?.speaker, c?.cue, c?.rule, c?.kind]).toEqual([null, null, 'unattributed-quote', 'direct']);
  });
});
