/**
 * People in the seed article (fixtures/articles/syria-turkey-defense.txt) as a careful reader notes
 * them down (shared/examples/syria-turkey-defense.expected.md): seven people by full name, every
 * Guler mention linked to Yasar Guler, and no organization or place among the people.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/index.js';

const text = readFileSync(new URL('../../fixtures/articles/syria-turkey-defense.txt', import.meta.url), 'utf8');
const facts = extractFacts(text, { only: ['people'] });

describe('seed article: people', () => {
  it('finds the seven people with their full names, in order of first mention', () => {
    expect(facts.people.map((p) => p.name)).toEqual([
      'Murhaf Abu Qasra', 'Yasar Guler', 'Asaad al-Shibani', 'Hussein Salameh', 'Mohammed al-Bashir',
      'Alparslan Bayraktar', 'Bashar al-Assad',
    ]);
    expect(facts.people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
  });

  it('links all six mentions of Guler to Yasar Guler', () => {
    const guler = facts.people.find((p) => p.name === 'Yasar Guler')!;
    expect(guler.mentions.map((m) => m.text)).toEqual(['Yasar Guler', 'Yasar Guler', 'Yasar Guler', 'Guler', 'Guler', 'Guler']);
  });

  it('gives the name alone, with exact offsets and sorted mentions', () => {
    for (const p of facts.people) {
      const starts = p.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const m of p.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.text).not.toMatch(/^(?:Minister|Director|Syrian|Turkish)\b/);
      }
    }
    const shibani = facts.people.find((p) => p.name === 'Asaad al-Shibani')!;
    expect(shibani.mentions[0]).toMatchObject({ text: 'Asaad al-Shibani', rule: 'title-before-name' });
  });

  it.each(['Syrian Arab Army', 'SANA', 'Reuters', 'Ankara', 'Syrian Defense Ministry', 'Defense Ministry'])('%s is not a person', (name) => {
    const all = facts.people.flatMap((p) => p.mentions.map((m) => m.text));
    expect(all.some((t) => name.includes(t) || t.includes(name))).toBe(false);
  });
});
