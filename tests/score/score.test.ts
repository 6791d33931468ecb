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
