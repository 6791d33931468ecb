/**
 * CSV (RFC 4180 quoting, LF line ends): one header, then one row per fact with a `kind` column:
 * `person` (one row per mention), `role`, `date`, `number`, `quote`, and `error` for a failed input.
 * Control characters are shown escaped, and a cell that a spreadsheet would run as a formula gets a
 * leading apostrophe.
 */
import { escapeControl } from './escape.js';
import { isFailed, type Renderer, type Result } from './options.js';

const COLUMNS = ['id', 'kind', 'start', 'end', 'text', 'value', 'type', 'unit', 'counts', 'qualifier', 'person', 'affiliation', 'speaker', 'rule'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string | number | null | undefined>>;

export function csvRows(result: Result): Row[] {
  if (isFailed(result)) return [{ id: result.id, kind: 'error', text: result.error.message, type: result.error.code }];
  const id = result.id;
  const rows: Row[] = [];
  for (const p of result.people) {
    for (const m of p.mentions) rows.push({ id, kind: 'person', start: m.start, end: m.end, text: m.text, value: p.name, person: p.id, rule: m.rule });
    for (const r of p.roles) rows.push({ id, kind: 'role', start: r.start, end: r.end, text: r.text, value: r.title, person: p.id, affiliation: r.affiliation, rule: r.rule });
  }
  for (const d of result.dates) rows.push({ id, kind: 'date', start: d.start, end: d.end, text: d.text, value: d.value, type: d.mod ? `${d.type} ${d.mod}` : d.type, rule: d.rule });
  for (const n of result.numbers) {
    rows.push({ id, kind: 'number', start: n.start, end: n.end, text: n.text, value: n.value, type: n.kind, unit: n.unit, counts: n.counts, qualifier: n.qualifier, rule: n.rule });
  }
  for (const q of result.quotes) {
    rows.push({ id, kind: 'quote', start: q.start, end: q.end, text: q.text, type: q.kind, speaker: q.speaker?.name, person: q.speaker?.personId, rule: q.rule });
  }
  return rows;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = escapeControl(value);
  if (/^[=+\-@]/.test(text) && !/^[+-]?\d[\d,.]*%?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRenderer: Renderer = {
  recordsFailures: true,
  begin: () => COLUMNS.join(',') + '\n',
  document: (result) => csvRows(result).map((row) => COLUMNS.map((c) => csvCell(row[c])).join(',') + '\n').join(''),
};
