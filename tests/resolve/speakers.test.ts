import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { resolveEntities } from '../../src/resolve/entities/index.js';
import { resolveSpeakers } from '../../src/resolve/speakers.js';
import type { PersonFact, RoleFact } from '../../src/types.js';

/** A person with a mention at each occurrence of each given form in `text`. */
function person(text: string, id: string, name: string, forms: string[], roles: Array<[string, string]> = []): PersonFact {
  const mentions = forms.flatMap((form) => {
    const found = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      found.push({ start: at, end: at + form.length, text: form, rule: 'test' });
    }
    return found;
  });
  const roleFacts: RoleFact[] = roles.map(([written, title]) => {
    const at = text.indexOf(written);
    return { start: at, end: at + written.length, text: written, rule: 'test', title, affiliation: null };
  });
  return { id, name, roles: roleFacts, mentions, references: [] };
}

function resolve(text: string, people: PersonFact[]) {
  const doc = buildArticle(text);
  const quotes = extractQuotes(doc);
  const model = resolveEntities({ doc, people, names: [], quotes });
  return resolveSpeakers(quotes, model).filter((q) => q.kind !== 'indirect');
}

/** [sieve, text, people, expected speaker of the first quote in marks] */
const CASES: Array<[string, string, (t: string) => PersonFact[], { name: string; personId: string | null; mention: string }]> = [
  [
    'mention-overlap',
    'Yasar Guler met his allies. "We are ready," Guler said.',
    (t) => [person(t, 'p1', 'Yasar Guler', ['Yasar Guler', 'Guler'])],
    { name: 'Yasar Guler', personId: 'p1', mention: 'Guler' },
  ],
  [
    'surname',
    'Yasar Guler met his allies. "We are ready," Guler said.',
    (t) => [{ ...person(t, 'p1', 'Yasar Guler', []), mentions: [{ start: 0, end: 11, text: 'Yasar Guler', rule: 'test' }], references: [] }],
    { name: 'Yasar Guler', personId: 'p1', mention: 'Guler' },
  ],
  [
    'pronoun',
    'Ann Lee arrived late. "We won," she said.',
    (t) => [person(t, 'p1', 'Ann Lee', ['Ann Lee'])],
    { name: 'Ann Lee', personId: 'p1', mention: 'she' },
  ],
  [
    'pronoun prefers the last speaker over a nearer object',
    'Mr Neeson said he would love to play Ian Paisley. He said: "What an orator."',
    (t) => [person(t, 'p1', 'Liam Neeson', ['Neeson']), person(t, 'p2', 'Ian Paisley', ['Ian Paisley'])],
    { name: 'Liam Neeson', personId: 'p1', mention: 'He' },
  ],
  [
    'role-description',
    'Defense Minister Yasar Guler visited. "We are ready," the minister said.',
    (t) => [person(t, 'p1', 'Yasar Guler', ['Yasar Guler'], [['Defense Minister', 'Defense Minister']])],
    { name: 'Yasar Guler', personId: 'p1', mention: 'the minister' },
  ],
  [
    'organization (no person)',
    'According to SANA, "the accord aims to strengthen the army."',
    () => [],
    { name: 'SANA', personId: null, mention: 'SANA' },
  ],
  [
    'unnamed source (no person)',
    '"It was a mistake," a spokesman said.',
    () => [],
    { name: 'a spokesman', personId: null, mention: 'a spokesman' },
  ],
];

describe('resolveSpeakers', () => {
  it.each(CASES)('%s: %s', (_sieve, text, people, expected) => {
    const [q] = resolve(text, people(text));
    expect(q!.speaker).toMatchObject({ name: expected.name, personId: expected.personId });
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(expected.mention);
  });

  it('leaves scare quotes without speaker and drops draft-only fields', () => {
    const text = 'Militants it considers "terrorist threats."';
    const [q] = resolve(text, []);
    expect(q).toEqual({ start: 24, end: 42, text: 'terrorist threats.', kind: 'scare', speaker: null, cue: null, rule: 'scare-quote' });
  });

  it('does not give a pronoun to a person of the other gender', () => {
    const text = 'John Smith left. "We won," she said.';
    const [q] = resolve(text, [person(text, 'p1', 'John Smith', ['John Smith'])]);
    expect(q!.speaker).toMatchObject({ name: 'she', personId: null });
  });
});
