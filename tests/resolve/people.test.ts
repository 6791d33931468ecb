/** Grouping name mentions into people: canonical names, ids, surname coreference. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { extractNameMentions, type NameMention } from '../../src/extract/people.js';
import { resolvePeople } from '../../src/resolve/people.js';

const people = (text: string) => {
  const doc = buildArticle(text);
  return resolvePeople(extractNameMentions(doc), doc);
};
const summary = (text: string) => people(text).map((p) => `${p.id} ${p.name}: ${p.mentions.map((m) => m.text).join(', ')}`);

describe('resolvePeople', () => {
  it.each([
    [
      'Turkish Defense Minister Yasar Guler spoke. Guler said the talks went well, Guler added.',
      ['p1 Yasar Guler: Yasar Guler, Guler, Guler'],
    ],
    [
      "Mr Blair arrived. Prime Minister Tony Blair said Blair's plan would work.",
      ['p1 Tony Blair: Blair, Tony Blair, Blair'],
    ],
    [
      'Opposition groups removed Bashar al-Assad from power. Assad fled.',
      ['p1 Bashar al-Assad: Bashar al-Assad, Assad'],
    ],
    [
      'President George W. Bush spoke. Later George Bush left.',
      ['p1 George W. Bush: George W. Bush, George Bush'],
    ],
    [
      'Ralf Schumacher beat Michael Schumacher. Michael Schumacher said Schumacher was faster.',
      ['p1 Ralf Schumacher: Ralf Schumacher', 'p2 Michael Schumacher: Michael Schumacher, Michael Schumacher, Schumacher'],
    ],
    [
      'His Syrian counterpart Murhaf Abu Qasra signed. Abu Qasra said so.',
      ['p1 Murhaf Abu Qasra: Murhaf Abu Qasra, Abu Qasra'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('keeps a surname alone when no full name has it', () => {
    expect(summary('" It was great , " Rafter said . Later Rafter left .')).toEqual(['p1 Rafter: Rafter, Rafter']);
  });

  it('numbers people in order of first mention and sorts mentions by offset', () => {
    const text = 'Guler said so. Then Alan Greenspan spoke, and Defense Minister Yasar Guler agreed.';
    const ps = people(text);
    expect(ps.map((p) => [p.id, p.name])).toEqual([['p1', 'Yasar Guler'], ['p2', 'Alan Greenspan']]);
    expect(ps[0]!.mentions.map((m) => m.start)).toEqual([0, text.indexOf('Yasar Guler')]);
  });

  it('takes the longest full form as the name, preferring mixed case over capitals', () => {
    const mentions: NameMention[] = [
      { start: 0, end: 13, text: 'ROBERTO DURAN', rule: 'known-name-again' },
      { start: 20, end: 33, text: 'Roberto Duran', rule: 'given-name' },
      { start: 40, end: 45, text: 'Duran', rule: 'surname-of-known-person' },
    ];
    const [p] = resolvePeople(mentions, buildArticle(' '.repeat(50)));
    expect(p).toMatchObject({ id: 'p1', name: 'Roberto Duran', roles: [] });
    expect(p!.mentions).toHaveLength(3);
  });
});
