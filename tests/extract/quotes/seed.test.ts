/**
 * The seed article (fixtures/articles/syria-turkey-defense.txt) through the whole pipeline:
 * what /work/shared/examples/syria-turkey-defense.expected.md asks of quotations.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/index.js';

const text = readFileSync(new URL('../../../fixtures/articles/syria-turkey-defense.txt', import.meta.url), 'utf8');
const facts = extractFacts(text, { id: 'syria-turkey-defense' });
const view = facts.quotes.map((q) => ({
  text: q.text,
  kind: q.kind,
  speaker: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
  name: q.speaker?.name ?? null,
  cue: q.cue?.text ?? null,
}));
const find = (words: string) => view.find((q) => q.text.startsWith(words));

describe('seed article quotations', () => {
  it('SANA: partial, cue "According to", speaker SANA (an organization, no person)', () => {
    expect(find('strengthen the capabilities')).toMatchObject({ kind: 'partial', speaker: 'SANA', name: 'SANA', cue: 'According to' });
    const q = facts.quotes.find((f) => f.text.startsWith('strengthen the capabilities'))!;
    expect(q.text.endsWith('reform process.')).toBe(true);
    expect(q.speaker!.personId).toBeNull();
  });

  it('Guler: direct, cue "said", speaker mention "Guler"', () => {
    expect(find('We have started providing')).toMatchObject({ kind: 'direct', speaker: 'Guler', cue: 'said' });
    expect(find('We have started providing')!.text.endsWith("defence capacity,")).toBe(true);
  });

  it('"terrorist threats." is a scare quote with no speaker', () => {
    expect(find('terrorist threats')).toEqual({ text: 'terrorist threats.', kind: 'scare', speaker: null, name: null, cue: null });
  });

  it.each([
    ['Turkey is strengthening its military presence', 'told', 'Turkish Defense Minister Yasar Guler'],
    ['Turkey remains committed to aiding', 'stressed', 'Guler'],
    ['it was premature to discuss any troop withdrawal or redeployment', 'said', 'Guler'],
  ])('reported statement "%s…": indirect, cue "%s", speaker %s', (words, cue, speaker) => {
    expect(find(words)).toMatchObject({ kind: 'indirect', cue, speaker });
  });

  it('has exactly these six quotations, each an exact slice of the text', () => {
    expect(view).toHaveLength(6);
    for (const q of facts.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('links every Guler statement to one person once people are resolved', () => {
    const guler = facts.people.find((p) => p.name === 'Yasar Guler');
    const gulerQuotes = facts.quotes.filter((q) => q.speaker && /Guler/.test(text.slice(q.speaker.start, q.speaker.end)));
    expect(gulerQuotes).toHaveLength(4);
    if (guler === undefined) return; // people detection not available: the mention spans above are what this stage guarantees
    for (const q of gulerQuotes) expect(q.speaker).toMatchObject({ name: 'Yasar Guler', personId: guler.id });
  });
});
