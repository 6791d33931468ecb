/** Contract checks shared by the invariant and property tests. */
import { expect } from 'vitest';
import type { ArticleFacts, Span } from '../../src/types.js';
import { assertSchemaValid } from './cli.js';

/** Every span in a document, with where it sits (for messages). */
export function spansOf(facts: ArticleFacts): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  facts.people.forEach((p) => {
    p.mentions.forEach((m) => spans.push([`${p.id}.mention`, m]));
    p.roles.forEach((r) => spans.push([`${p.id}.role`, r]));
  });
  facts.dates.forEach((d) => spans.push(['date', d]));
  facts.numbers.forEach((n) => spans.push(['number', n]));
  facts.quotes.forEach((q) => {
    spans.push(['quote', q]);
    if (q.cue) spans.push(['quote.cue', q.cue]);
  });
  return spans;
}

const bySpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

function expectSorted(label: string, spans: ReadonlyArray<{ start: number; end: number }>): void {
  const sorted = [...spans].sort(bySpan);
  expect(spans.map((s) => [s.start, s.end]), `${label} sorted by start, end`).toEqual(sorted.map((s) => [s.start, s.end]));
}

/** The output contract of one document extracted from `text`. */
export function assertContract(facts: ArticleFacts, text: string): void {
  assertSchemaValid(JSON.parse(JSON.stringify(facts)));
  for (const [where, span] of spansOf(facts)) {
    expect(span.start, where).toBeLessThanOrEqual(span.end);
    expect(span.end, where).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end), `${where} ${span.start}-${span.end}`).toBe(span.text);
  }
  const ids = facts.people.map((p) => p.id);
  expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
  for (const p of facts.people) {
    expectSorted(`${p.id}.mentions`, p.mentions);
    expectSorted(`${p.id}.roles`, p.roles);
  }
  expectSorted('dates', facts.dates);
  expectSorted('numbers', facts.numbers);
  expectSorted('quotes', facts.quotes);
  for (const q of facts.quotes) {
    if (!q.speaker) continue;
    expect(q.speaker.end).toBeLessThanOrEqual(text.length);
    expect(q.speaker.start).toBeLessThanOrEqual(q.speaker.end);
    if (q.speaker.personId !== null) expect(ids).toContain(q.speaker.personId);
  }
  if (facts.referenceDate?.start !== undefined) {
    expect(facts.referenceDate.end).toBeLessThanOrEqual(text.length);
  }
}
