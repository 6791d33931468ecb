/**
 * The seed article (shared/examples/syria-turkey-defense.txt, bundled as the sample) against what a
 * careful reader notes down (shared/examples/syria-turkey-defense.expected.md). Issue 2's acceptance.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, type PersonFact } from '../../src/index.js';
import { SEED_PATH, SEED_ROLES, SEED_TEXT as text } from '../helpers/seed.js';

const facts = extractFacts(text, { id: 'seed', source: SEED_PATH });
const person = (name: string): PersonFact => {
  const p = facts.people.find((x) => x.name === name);
  if (!p) throw new Error(`no person "${name}" among ${facts.people.map((x) => x.name).join(', ')}`);
  return p;
};

describe('seed article: people and roles', () => {
  it('finds exactly the seven people, by full name', () => {
    expect(facts.people.map((p) => p.name).sort()).toEqual(
      ['Alparslan Bayraktar', 'Asaad al-Shibani', 'Bashar al-Assad', 'Hussein Salameh', 'Mohammed al-Bashir', 'Murhaf Abu Qasra', 'Yasar Guler'],
    );
  });

  it('links all six mentions of Guler to Yasar Guler', () => {
    const guler = person('Yasar Guler');
    expect(guler.mentions.map((m) => m.text)).toEqual(['Yasar Guler', 'Yasar Guler', 'Yasar Guler', 'Guler', 'Guler', 'Guler']);
    for (const m of guler.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  // The roles table itself, strictly (one role each, exact spans), is tests/extract/roles-seed.test.ts.
  it.each(SEED_ROLES)('%s: %s (%s), or no role when the text states none', (name, title, affiliation) => {
    const roles = person(name).roles;
    expect(roles.map((r) => [r.title, r.affiliation])).toEqual(title === null ? [] : [[title, affiliation]]);
  });
});

describe('seed article: dates', () => {
  it('infers the reference date from the caption', () => {
    expect(facts.referenceDate).toMatchObject({ value: '2025-08-13', from: 'text' });
  });
  it.each([
    ['August 13, 2025', '2025-08-13'],
    ['Wednesday', '2025-08-13'],
    ['December', '2024-12'],
  ])('%s → %s', (words, value) => {
    expect(facts.dates.find((d) => d.text === words)?.value).toBe(value);
  });
});

describe('seed article: numbers', () => {
  it('reads "more than 20,000 Turkish troops"', () => {
    const n = facts.numbers.find((x) => x.value === 20000);
    expect(n).toMatchObject({ kind: 'cardinal', counts: 'troops', qualifier: 'more than' });
  });
  it('does not report the year of the caption date as a number', () => {
    expect(facts.numbers.find((x) => x.value === 2025)).toBeUndefined();
  });
});

describe('seed article: quotations', () => {
  const quote = (words: string) => {
    const q = facts.quotes.find((x) => x.text.includes(words) && x.kind !== 'indirect');
    if (!q) throw new Error(`no quote with "${words}"`);
    return q;
  };
  it('gives the Guler quote to Yasar Guler, as a direct quote cued by "said"', () => {
    const q = quote('We have started providing military training');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.name).toBe('Yasar Guler');
    expect(q.speaker?.personId).toBe(person('Yasar Guler').id);
    expect(q.cue?.text).toBe('said');
  });
  it('gives the SANA quote to SANA, an organization', () => {
    const q = quote('strengthen the capabilities of the Syrian Arab Army');
    expect(q.kind).toBe('partial');
    expect(q.speaker?.name).toContain('SANA');
    expect(q.speaker?.personId).toBeNull();
  });
  it('gives "terrorist threats." to no person', () => {
    const q = quote('terrorist threats');
    expect(q.kind).toBe('scare');
    expect(q.speaker).toBeNull();
  });
  it('attributes the three reported statements to Yasar Guler', () => {
    const indirect = facts.quotes.filter((q) => q.kind === 'indirect' && q.speaker?.name === 'Yasar Guler');
    const texts = indirect.map((q) => q.text).join(' | ');
    expect(texts).toContain('Turkey is strengthening its military presence in Syria');
    expect(texts).toContain('Turkey remains committed to aiding Syria');
    expect(texts).toContain('it was premature to discuss any troop withdrawal or redeployment');
  });
});

describe('seed article: contract', () => {
  it('every span slices to its text', () => {
    const spans = [
      ...facts.people.flatMap((p) => [...p.mentions, ...p.roles]),
      ...facts.dates, ...facts.numbers, ...facts.quotes,
      ...facts.quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
