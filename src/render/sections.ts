/**
 * The human-readable view of one document, shared by the table and Markdown renderers: a header and
 * one section per kind, as plain (unescaped) strings. Each renderer escapes for its medium.
 */
import type { ArticleFacts, FactKind, NumberFact, PersonFact } from '../types.js';

export interface Section {
  title: string;
  head: string[];
  rows: Array<Array<string | null>>;
}

export interface DocumentView {
  title: string;
  referenceDate: string | null;
  sections: Section[];
}

export function viewDocument(facts: ArticleFacts, only: readonly FactKind[], explain: boolean): DocumentView {
  const wants = (...kinds: FactKind[]) => kinds.some((k) => only.includes(k));
  const sections: Section[] = [];
  const rule = (r: string) => (explain ? [r] : []);
  const ruleHead = explain ? ['rule'] : [];
  if (wants('people', 'roles')) {
    sections.push({
      title: 'People',
      head: ['name', 'role', 'affiliation', 'mentions', ...ruleHead],
      rows: facts.people.map((p) => [p.name, joinOrNull(p.roles.map((r) => r.title)), joinOrNull(p.roles.map((r) => r.affiliation ?? '—')), describeMentions(p), ...rule(personRules(p))]),
    });
  }
  if (wants('dates')) {
    sections.push({
      title: 'Dates',
      head: ['text', 'value', 'type', ...ruleHead],
      rows: facts.dates.map((d) => [d.text, d.value, d.mod ? `${d.type} (${d.mod})` : d.type, ...rule(d.rule)]),
    });
  }
  if (wants('numbers')) {
    sections.push({
      title: 'Numbers',
      head: ['text', 'value', 'counts/unit', 'qualifier', ...ruleHead],
      rows: facts.numbers.map((n) => [n.text, numberValue(n), countsOrUnit(n), n.qualifier, ...rule(n.rule)]),
    });
  }
  if (wants('quotes')) {
    sections.push({
      title: 'Quotes',
      head: ['speaker', 'quote', 'kind', ...ruleHead],
      rows: facts.quotes.map((q) => [q.speaker ? q.speaker.name : null, q.text, q.kind, ...rule(q.rule)]),
    });
  }
  return { title: documentTitle(facts), referenceDate: referenceDateLabel(facts), sections };
}

/** "a.txt", or "doc-7 (crawl.jsonl)" when the id is not the source. */
export function documentTitle(result: { id: string; source: string }): string {
  return result.id === result.source ? result.source : `${result.id} (${result.source})`;
}

/** "2025-08-13 (from text)", or null. */
export function referenceDateLabel(facts: ArticleFacts): string | null {
  return facts.referenceDate ? `${facts.referenceDate.value} (from ${facts.referenceDate.from})` : null;
}

function joinOrNull(values: string[]): string | null {
  return values.length > 0 ? values.join('; ') : null;
}

/** "6: Yasar Guler, Guler": the count, then each distinct form in order of first use. */
function describeMentions(person: PersonFact): string {
  const forms = [...new Set(person.mentions.map((m) => m.text))];
  return `${person.mentions.length}: ${forms.join(', ')}`;
}

function personRules(person: PersonFact): string {
  return [...new Set([...person.mentions.map((m) => m.rule), ...person.roles.map((r) => r.rule)])].join(', ');
}

export function numberValue(n: NumberFact): string | null {
  if (n.min !== undefined && n.max !== undefined) return `${n.min}–${n.max}`;
  return n.value === null ? null : String(n.value);
}

export function countsOrUnit(n: NumberFact): string | null {
  if (n.counts && n.unit) return `${n.counts} / ${n.unit}`;
  return n.counts ?? n.unit;
}
