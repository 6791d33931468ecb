/**
 * HTML: one self-contained page per run (inline CSS, no script, nothing loaded from the network).
 * Each document is an `<article>`: its text with every fact highlighted by kind (a tooltip on hover
 * or keyboard focus gives the value, the person or speaker it belongs to, and the rule), and side
 * panels listing people, dates, numbers and quotes, each linked to its place in the text. Several
 * documents get a table of contents. All article text is escaped: markup in an article is shown,
 * never run.
 */
import type { ArticleFacts, DateFact, FactKind, NumberFact, PersonFact, QuoteFact } from '../types.js';
import { escapeHtml } from './escape.js';
import { HTML_STYLE } from './html-style.js';
import { markText, type MarkSpan } from './html-marks.js';
import { isFailed, type Renderer, type RenderOptions, type Result } from './options.js';
import { countsOrUnit, documentTitle, numberValue, referenceDateLabel } from './sections.js';

const h = (text: string) => escapeHtml(text);

/** Element ids of one document's facts: `d3-p1-m0` (3rd document, person p1, first mention). */
function factIds(doc: number) {
  const prefix = `d${doc + 1}`;
  return {
    doc: `doc-${doc + 1}`,
    mention: (p: PersonFact, i: number) => `${prefix}-${p.id}-m${i}`,
    role: (p: PersonFact, i: number) => `${prefix}-${p.id}-r${i}`,
    date: (i: number) => `${prefix}-date-${i}`,
    number: (i: number) => `${prefix}-num-${i}`,
    quote: (i: number) => `${prefix}-q-${i}`,
  };
}
type Ids = ReturnType<typeof factIds>;

function tip(kind: string, value: string, details: Array<string | null>, rule: string): string {
  const rest = details.filter((d): d is string => d !== null).map((d) => `<span class="tip-detail">${d}</span>`).join('');
  return `<span class="tip-kind">${kind}</span> <span class="tip-value">${value}</span>${rest}<span class="tip-rule">rule: ${h(rule)}</span>`;
}

function roleLabel(role: { title: string; affiliation: string | null }): string {
  return role.affiliation ? `${role.title}, ${role.affiliation}` : role.title;
}

function rolesOf(person: PersonFact): string | null {
  const labels = [...new Set(person.roles.map(roleLabel))];
  return labels.length > 0 ? h(labels.join('; ')) : null;
}

function dateValue(d: DateFact): string {
  return `${d.value ?? 'unknown value'} (${d.type}${d.mod ? ` ${d.mod}` : ''})`;
}

function numberDescription(n: NumberFact): string {
  return `${numberValue(n) ?? 'no value'} (${n.kind})`;
}

function speakerOf(q: QuoteFact, people: ReadonlyMap<string, PersonFact>): string {
  if (!q.speaker) return 'no speaker found';
  const person = q.speaker.personId ? people.get(q.speaker.personId) : undefined;
  return `speaker: ${h(q.speaker.name)}${person ? ` (${person.id})` : ''}`;
}

function markSpans(facts: ArticleFacts, ids: Ids): MarkSpan[] {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const spans: MarkSpan[] = [];
  for (const p of facts.people) {
    p.mentions.forEach((m, i) => spans.push({ ...m, id: ids.mention(p, i), kind: 'person', tip: tip('person', h(p.name), [h(p.id), rolesOf(p)], m.rule) }));
    p.roles.forEach((r, i) => spans.push({ ...r, id: ids.role(p, i), kind: 'role', tip: tip('role', h(roleLabel(r)), [`of ${h(p.name)} (${h(p.id)})`], r.rule) }));
  }
  facts.dates.forEach((d, i) => spans.push({ ...d, id: ids.date(i), kind: 'date', tip: tip('date', h(dateValue(d)), [], d.rule) }));
  facts.numbers.forEach((n, i) => {
    const extra = [countsOrUnit(n), n.qualifier].filter((x): x is string => x !== null).map(h);
    spans.push({ ...n, id: ids.number(i), kind: 'number', tip: tip('number', h(numberDescription(n)), extra, n.rule) });
  });
  facts.quotes.forEach((q, i) => spans.push({ ...q, id: ids.quote(i), kind: 'quote', tip: tip(`${q.kind} quote`, speakerOf(q, people), [], q.rule) }));
  return spans;
}

const link = (id: string, text: string) => `<a href="#${id}">${h(text)}</a>`;

function panel(title: string, items: string[], kind: string): string {
  const list = items.length > 0 ? `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>` : '<p class="none">none found</p>';
  return `<section class="panel ${kind}"><h3>${title} <span class="count">(${items.length})</span></h3>${list}</section>`;
}

function panels(facts: ArticleFacts, ids: Ids, only: readonly FactKind[]): string {
  const wants = (...kinds: FactKind[]) => kinds.some((k) => only.includes(k));
  const parts: string[] = [];
  if (wants('people', 'roles')) {
    parts.push(panel('People', facts.people.map((p) => {
      const roles = p.roles.map((r, i) => link(ids.role(p, i), roleLabel(r)));
      const mentions = p.mentions.map((m, i) => link(ids.mention(p, i), m.text));
      return `<span class="name">${h(p.name)}</span> <span class="pid">${h(p.id)}</span>` +
        `<div class="roles">${roles.length > 0 ? roles.join('; ') : '<span class="none">no role found</span>'}</div>` +
        `<div class="mentions">${p.mentions.length} mention${p.mentions.length === 1 ? '' : 's'}: ${mentions.join(', ')}</div>`;
    }), 'person'));
  }
  if (wants('dates')) parts.push(panel('Dates', facts.dates.map((d, i) => `${link(ids.date(i), d.text)} <span class="value">${h(dateValue(d))}</span>`), 'date'));
  if (wants('numbers')) parts.push(panel('Numbers', facts.numbers.map((n, i) => `${link(ids.number(i), n.text)} <span class="value">${h(numberDescription(n))}</span>`), 'number'));
  if (wants('quotes')) {
    const people = new Map(facts.people.map((p) => [p.id, p]));
    parts.push(panel('Quotes', facts.quotes.map((q, i) => `<span class="speaker">${speakerOf(q, people)}</span> ${link(ids.quote(i), q.text)}`), 'quote'));
  }
  return parts.join('');
}

export function renderHtmlDocument(result: Result, options: RenderOptions, index: number, text?: string): string {
  const ids = factIds(index);
  const title = documentTitle(result);
  const head = `<article class="doc" id="${ids.doc}" aria-labelledby="${ids.doc}-title"><header><h2 id="${ids.doc}-title">${h(title)}</h2>`;
  if (isFailed(result)) {
    return `${head}<p class="failed"><strong>Failed</strong> (${h(result.error.code)}): ${h(result.error.message)}</p></header></article>\n`;
  }
  const meta = `<p class="meta">Reference date: ${h(referenceDateLabel(result) ?? 'none')}</p></header>`;
  const body = text === undefined
    ? '<p class="none">The article text was not given to the renderer (pass it as the texts option of render).</p>'
    : `<div class="text" aria-label="Article text">${markText(text, markSpans(result, ids))}</div>`;
  return `${head}${meta}<div class="body">${body}<aside class="panels" aria-label="Facts">${panels(result, ids, options.only)}</aside></div></article>\n`;
}

function contentsEntry(result: Result, index: number): string {
  const ids = factIds(index);
  const counts = isFailed(result)
    ? `failed: ${h(result.error.code)}`
    : `${result.people.length} people · ${result.dates.length} dates · ${result.numbers.length} numbers · ${result.quotes.length} quotes`;
  return `<li><a href="#${ids.doc}">${h(documentTitle(result))}</a> <span class="count">${counts}</span></li>`;
}

const LEGEND = ['person', 'role', 'date', 'number', 'quote'].map((k) => `<mark class="f ${k} legend">${k}</mark>`).join(' ');

export const htmlRenderer: Renderer = {
  recordsFailures: true,
  begin: () =>
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="generator" content="extract-facts"><title>extract-facts</title>' +
    `<style>${HTML_STYLE}</style></head>\n<body><header class="page"><h1>extract-facts</h1><p class="legend">${LEGEND}` +
    ' <span class="hint">Hover or focus (Tab) a highlight to see its value and rule.</span></p></header>\n<main>\n',
  document: renderHtmlDocument,
  contentsEntry,
  end: (count, _options, contents) =>
    '</main>\n' +
    (count > 1 ? `<nav id="contents" aria-label="Contents"><h2>Contents (${count} documents)</h2><ol>${contents}</ol></nav>\n` : '') +
    '</body></html>\n',
};
