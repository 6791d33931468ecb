import { describe, expect, it } from 'vitest';
import { matchSpans } from '../../src/score/match.js';
import { metric, scoreDocument, type Tally } from '../../src/score/score.js';
import type { GoldRecord } from '../../src/score/gold.js';
import type { ArticleFacts } from '../../src/types.js';

const empty = (over: Partial<ArticleFacts>): ArticleFacts => ({
  schema: 'extract-facts/1', id: 'd', source: '-', referenceDate: null, people: [], dates: [], numbers: [], quotes: [], ...over,
});

describe('matchSpans', () => {
  it('matches one to one, exact pairs first', () => {
    const gold = [{ start: 0, end: 10 }, { start: 12, end: 20 }];
    const pred = [{ start: 0, end: 10 }, { start: 5, end: 15 }];
    expect(matchSpans(gold, pred, 'strict').pairs).toEqual([[0, 0]]);
    expect(matchSpans(gold, pred, 'lenient').pairs).toEqual([[0, 0], [1, 1]]);
  });
  it('never reuses a prediction for two gold spans', () => {
    const gold = [{ start: 0, end: 5 }, { start: 6, end: 10 }];
    const pred = [{ start: 0, end: 10 }];
    expect(matchSpans(gold, pred, 'lenient').pairs).toHaveLength(1);
  });
});

describe('scoreDocument', () => {
  it('scores people strict and lenient from mentions', () => {
    const gold: GoldRecord = { id: 'd', text: 'President Bill Clinton met Blair .', annotated: ['people'],
      people: [{ start: 10, end: 22, text: 'Bill Clinton' }, { start: 27, end: 32, text: 'Blair' }] };
    const pred = empty({ people: [
      { id: 'p1', name: 'President Bill Clinton', roles: [], mentions: [{ start: 0, end: 22, text: 'President Bill Clinton', rule: 'x' }] },
      { id: 'p2', name: 'Blair', roles: [], mentions: [{ start: 27, end: 32, text: 'Blair', rule: 'x' }] },
    ] });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['people.strict']).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(tally['people.lenient']).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('scores date values with alt_values and numbers within scope only', () => {
    const gold: GoldRecord = { id: 'd', text: 'On Friday 3 people and 5% left in 2020.', annotated: ['dates', 'numbers'],
      dates: [{ start: 3, end: 9, text: 'Friday', type: 'DATE', value: '2020-01-03', alt_values: ['XXXX-WXX-5'] }],
      numbers: [{ start: 10, end: 11, text: '3', value: 3, kind: 'cardinal' }],
      numbers_scope: ['cardinal'], numbers_excluded: [] };
    const pred = empty({
      dates: [{ start: 3, end: 9, text: 'Friday', type: 'DATE', value: 'XXXX-WXX-5', rule: 'r' }],
      numbers: [
        { start: 10, end: 11, text: '3', value: 3, kind: 'cardinal', unit: null, counts: 'people', qualifier: null, rule: 'r' },
        { start: 23, end: 25, text: '5%', value: 5, kind: 'percent', unit: null, counts: null, qualifier: null, rule: 'r' },
      ],
    });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['dates.value']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tally['numbers.value']).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('scores quote speakers by mention overlap or name containment, ignoring other_quoted', () => {
    const text = '"We will win," Guler said. They call it "terror".';
    const gold: GoldRecord = { id: 'd', text, annotated: ['quotes'],
      quotes: [{ start: 1, end: 13, text: 'We will win,', speaker: 'Guler', speaker_start: 15, speaker_end: 20, kind: 'direct' }],
      other_quoted: [{ start: 41, end: 47, text: 'terror' }] };
    const pred = empty({ quotes: [
      { start: 1, end: 13, text: 'We will win,', kind: 'direct', rule: 'r', cue: null,
        speaker: { name: 'Yasar Guler', personId: 'p1', start: 0, end: 0 } },
      { start: 41, end: 47, text: 'terror', kind: 'partial', rule: 'r', cue: null, speaker: null },
    ] });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['quotes.lenient']).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tally['quotes.speaker']).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('metric', () => {
  it('computes precision, recall and F1 and is 0 on empty counts', () => {
    expect(metric({ tp: 2, fp: 2, fn: 0 })).toMatchObject({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(metric({ tp: 0, fp: 0, fn: 0 }).f1).toBe(0);
  });
});

const person = (id: string, name: string, roles: Array<[string, string | null]>, mentions: Array<[number, number]> = []): ArticleFacts['people'][number] => ({
  id, name,
  roles: roles.map(([title, affiliation]) => ({ start: 0, end: 1, text: 'x', rule: 'r', title, affiliation })),
  mentions: mentions.map(([start, end]) => ({ start, end, text: 'x', rule: 'r' })),
});

describe('scoreDocument: bbc-facts fields', () => {
  it('ignores predicted mentions inside people_excluded', () => {
    // constructed after bbc-facts: "Walt Disney" inside a firm's name
    const gold: GoldRecord = { id: 'd', text: 'Walt Disney hired Bob Iger.', annotated: ['people'],
      people: [{ start: 18, end: 26, text: 'Bob Iger' }], people_excluded: [{ start: 0, end: 11, text: 'Walt Disney' }] };
    const pred = empty({ people: [person('p1', 'Walt Disney', [], [[0, 11]]), person('p2', 'Bob Iger', [], [[18, 26]])] });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['people.strict']).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it.each([
    ['World Health Organisation', 'World Health Organisation', true],
    ['World Health Organisation', 'WHO', true], // a speaker_alt
    ['Defra spokesman', 'Defra', true], // the shorter name's tokens in the longer
    ['World Health Organisation', 'Department of Health', false],
  ])('gold speaker %s, predicted %s: %s', (goldSpeaker, predictedName, expected) => {
    const text = '"Act now," the WHO said.';
    const gold: GoldRecord = { id: 'd', text, annotated: ['quotes'],
      quotes: [{ start: 1, end: 9, text: 'Act now,', speaker: goldSpeaker, speaker_alt: ['WHO'], kind: 'direct' }] };
    const pred = empty({ quotes: [{ start: 1, end: 9, text: 'Act now,', kind: 'direct', rule: 'r', cue: null,
      speaker: { name: predictedName, personId: null, start: 15, end: 18 } }] });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['quotes.speaker']!.tp).toBe(expected ? 1 : 0);
  });

  it.each([
    ['he', 'Stephen Miller', false], // letters inside a word are no name
    ['Miller', 'Stephen Miller', true],
    ['Mr. Miller', 'Stephen Miller', false],
    ['stephen miller', 'Stephen Miller', true],
  ])('a span-based gold speaker %s elsewhere in the text is contained in the name %s word for word: %s', (goldSpeaker, predictedName, expected) => {
    const text = '"No," he said.';
    const gold: GoldRecord = { id: 'd', text, annotated: ['quotes'],
      quotes: [{ start: 1, end: 4, text: 'No,', speaker: goldSpeaker, speaker_start: 100, speaker_end: 110, kind: 'direct' }] };
    const pred = empty({ quotes: [{ start: 1, end: 4, text: 'No,', kind: 'direct', rule: 'r', cue: null,
      speaker: { name: predictedName, personId: 'p1', start: 6, end: 8 } }] });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['quotes.speaker']!.tp).toBe(expected ? 1 : 0);
  });

  it('keeps span-based gold speakers (PolNeAR) to overlap and containment, not token matching', () => {
    const text = '"No," Trump said.';
    const gold: GoldRecord = { id: 'd', text, annotated: ['quotes'],
      quotes: [{ start: 1, end: 4, text: 'No,', speaker: 'Donald J. Trump', speaker_start: 100, speaker_end: 115, kind: 'direct' }] };
    const pred = empty({ quotes: [{ start: 1, end: 4, text: 'No,', kind: 'direct', rule: 'r', cue: null,
      speaker: { name: 'Trump', personId: 'p1', start: 6, end: 11 } }] });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['quotes.speaker']!.tp).toBe(0);
  });

  it.each([
    ['one prediction spanning both segments is one quote', [[1, 40]], { tp: 1, fp: 0, fn: 0 }],
    ['segments predicted one by one are scored one by one', [[1, 15], [17, 40]], { tp: 2, fp: 0, fn: 0 }],
  ])('continues_previous: %s', (_, spans, expected) => {
    const text = '"We came here. "We will stay and fight."';
    const gold: GoldRecord = { id: 'd', text, annotated: ['quotes'], quotes: [
      { start: 1, end: 15, text: text.slice(1, 15), speaker: null, kind: 'direct' },
      { start: 17, end: 39, text: text.slice(17, 39), speaker: null, kind: 'direct', continues_previous: true },
    ] };
    const pred = empty({ quotes: spans.map(([start, end]) => ({ start: start!, end: end!, text: text.slice(start, end), kind: 'direct' as const, rule: 'r', cue: null, speaker: null })) });
    const tally: Tally = {};
    scoreDocument(gold, pred, tally);
    expect(tally['quotes.lenient']).toEqual(expected);
  });
});

describe('scoreDocument: roles', () => {
  // constructed after bbc-facts: "Former Shell boss Judy Boynton ... chief executive Jeroen van der Veer"
  const gold: GoldRecord = { id: 'd', text: '', annotated: ['roles'], persons: [
    { name: 'Judy Boynton', roles: [{ title: 'former boss', affiliation: 'Shell' }, { title: 'special advisor', affiliation: 'Jeroen van der Veer', affiliation_alt: ['Shell'] }] },
    { name: 'Jeroen van der Veer', roles: [{ title: 'chief executive', affiliation: 'Royal Dutch Shell' }] },
    { name: 'Phil Watts', roles: [{ title: 'chairman', affiliation: null }] },
  ] };
  const score = (people: ArticleFacts['people']): Tally => {
    const tally: Tally = {};
    scoreDocument(gold, empty({ people }), tally);
    return tally;
  };

  it.each([
    ['names by tokens, titles loosely (case, articles, containment)', [person('p1', 'Boynton', [['the Former Boss', 'Shell']])], 1],
    ['a title containing the gold title', [person('p1', 'Jeroen van der Veer', [['Chief Executive Officer', null]])], 1],
    ['a wrong person', [person('p1', 'Phil Watts', [['former boss', 'Shell']])], 0],
    ['a wrong title', [person('p1', 'Judy Boynton', [['chairman', 'Shell']])], 0],
    ['a title contained only inside a word', [person('p1', 'Phil Watts', [['vicechairman', null]])], 0],
  ])('roles: %s', (_, people, tp) => {
    expect(score(people)['roles']).toEqual({ tp, fp: 1 - tp, fn: 4 - tp });
  });

  it('matches each gold role at most once', () => {
    const people = [person('p1', 'Judy Boynton', [['former boss', 'Shell'], ['boss', 'Shell']])];
    expect(score(people)['roles']).toEqual({ tp: 1, fp: 1, fn: 3 });
  });

  it('scores affiliations over matched roles with a gold affiliation, alternatives accepted', () => {
    const people = [
      person('p1', 'Judy Boynton', [['former boss', 'Shell Oil'], ['special advisor', 'Shell']]),
      person('p2', 'Jeroen van der Veer', [['chief executive', 'BP']]),
      person('p3', 'Phil Watts', [['chairman', 'Shell']]),
    ];
    // judged: Boynton x2 (right: loose containment, then an alternative), van der Veer (wrong); Watts has null gold
    expect(score(people)['roles.affiliation']).toEqual({ tp: 2, fp: 1, fn: 1 });
  });
});
