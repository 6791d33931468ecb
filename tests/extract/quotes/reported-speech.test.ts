/**
 * Reported speech without quotation marks: `indirect` quotes, the source as speaker (a person or an
 * organization), and where the reported clause stops (constructed sentences).
 */
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const indirectOf = (text: string): Array<[string, string | null, string]> =>
  quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker, q.rule]);

/** [input, [reported clause, speaker mention, rule] of every indirect quote] */
const REPORTED: Array<[string, Array<[string, string | null, string]>]> = [
  ['The Daily Bugle reported on Sunday that the mayor would resign.', [['the mayor would resign', 'The Daily Bugle', 'reported-clause']]],
  ['Acme estimated that sales would fall by a third.', [['sales would fall by a third', 'Acme', 'reported-clause']]],
  ['The ministry confirmed that two soldiers had died.', [['two soldiers had died', 'The ministry', 'reported-clause']]],
  ['The company announced that it would close the plant.', [['it would close the plant', 'The company', 'reported-clause']]],
  ['Jane Roe warned that the deal could collapse.', [['the deal could collapse', 'Jane Roe', 'reported-clause']]],
  ['Jane Roe noted that the plan had no funding.', [['the plan had no funding', 'Jane Roe', 'reported-clause']]],
  ['Jane Roe said in a statement that the talks had failed.', [['the talks had failed', 'Jane Roe', 'reported-clause']]],
  ['The plant will close next year, according to Acme.', [['The plant will close next year', 'Acme', 'according-to-clause']]],
  ['According to the report, the plant will close next year.', [['the plant will close next year', 'the report', 'according-to-clause']]],
  ['The museum, Jane Roe said, celebrates the city’s workers.', [['The museum, Jane Roe said, celebrates the city’s workers', 'Jane Roe', 'reported-parenthetical']]],
  // a bare clause after verbs that take a noun phrase as often: a subject pronoun, or its verb within its first words
  ['Last month, the administration announced it had reached its goal.', [['it had reached its goal', 'the administration', 'reported-clause']]],
  ['Lynch noted clients are beginning to demand diverse teams.', [['clients are beginning to demand diverse teams', 'Lynch', 'reported-clause']]],
  ['West Yorkshire police confirmed they had arrested a man.', [['they had arrested a man', 'West Yorkshire police', 'reported-clause']]],
  ['McAuliffe has said about 20 people have shown an interest in the seat.', [['about 20 people have shown an interest in the seat', 'McAuliffe', 'reported-clause']]],
  // the progressive reports as the past does; not "writing", not a frame cue later in the sentence
  ['The attorney general is confirming that the foundation is not registered.', [['the foundation is not registered', 'The attorney general', 'reported-clause']]],
  ['Even so, the firm is predicting that earnings will rise.', [['earnings will rise', 'the firm', 'reported-clause']]],
  // the span stops where the reported clause stops
  ['He said it would be paid next year, but he gave no details.', [['it would be paid next year', 'He', 'reported-clause']]],
  ['She said the plan was sound, adding that it needed more money.', [['the plan was sound', 'She', 'reported-clause']]],
  ['She said the plan was sound; critics disagreed.', [['the plan was sound', 'She', 'reported-clause']]],
  ['She said the plan was sound, but that it needed more money.', [['the plan was sound, but that it needed more money', 'She', 'reported-clause']]],
  ['Roe added that the match was entertaining and insisted her team could still win.', [['the match was entertaining', 'Roe', 'reported-clause'], ['her team could still win', 'Roe', 'reported-clause']]],
  // ----- must not fire
  ['The firm did not say how many staff would go.', []],
  ['He wrote the score for a musical based on a novel.', []],
  ['The institutions noted the uneven way EU customs rules are applied.', []],
  ['The company announced a plan that would cut costs.', []],
  ['He failed to confirm rumours he was starting a new party.', []],
  ['Programmers worry that the code they are writing is infringing a patent.', []],
  ['The brand managed to maintain itself as one of the top names.', []],
  ['Jane Roe urged the board to disclose that the fund had lost money.', []],
  ['In a Facebook message posted Friday, Jane Roe thanked her voters.', []],
  ['Acme estimates for next year were cut.', []],
  ['He claimed vast wealth and said nothing about his debts.', []],
  ['According to Acme.', []],
  ['The firm, which he said was failing badly, closed.', [['was failing badly', 'he', 'reported-clause']]], // as PolNeAR annotates it
];

describe('reported speech', () => {
  it.each(REPORTED)('%s', (input, expected) => {
    expect(indirectOf(input)).toEqual(expected);
  });
});

/** Cues that modify a noun are no cue: the quote's speaker is the subject of the real verb. */
const SPEAKERS: Array<[string, string | null]> = [
  ['In a Facebook message posted Friday, Jane Roe said she had “no regrets at all.”', 'Jane Roe'],
  ['On a video released by the campaign, Jane Roe said she was “ready to serve.”', 'Jane Roe'],
  ['His former partner at Acme, John Doe, called him “a genius at deals.”', 'John Doe'],
];

describe('speaker past a reduced relative or a description', () => {
  it.each(SPEAKERS)('%s', (input, expected) => {
    expect(quotesOf(input).find((q) => q.kind !== 'indirect')?.speaker ?? null).toBe(expected);
  });
});

/** Parenthetical attributions: the whole sentence, or the clause a subordinator opens. */
const PARENTHETICALS: Array<[string, string | null]> = [
  ['Even if the venture proves short-lived, Jane Roe said, it has already done good work.', 'Even if the venture proves short-lived, Jane Roe said, it has already done good work'],
  ['The cards had to go since, he said, the average officer could not be trusted with them.', 'the average officer could not be trusted with them'],
  ['The group, which held a rally in the square on Friday, said nothing about the plan.', null],
];

describe('parenthetical attribution', () => {
  it.each(PARENTHETICALS)('%s', (input, expected) => {
    expect(quotesOf(input).find((q) => q.kind === 'indirect')?.text ?? null).toBe(expected);
  });
});
