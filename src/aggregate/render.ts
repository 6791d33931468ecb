/**
 * The people index in each format. The cells, escaping and table layout are the ones of the
 * per-document renderers (`../render/*`): only the rows differ.
 */
import type { ChalkInstance } from 'chalk';
import { csvCell } from '../render/csv.js';
import { stringifySafe, escapeControl } from '../render/escape.js';
import { markdownTable } from '../render/markdown.js';
import { renderSection } from '../render/table.js';
import type { IndexPerson, IndexRole, PeopleIndex } from './index.js';

export type IndexFormat = 'json' | 'jsonl' | 'csv' | 'table' | 'markdown';
export const INDEX_FORMATS: readonly IndexFormat[] = ['json', 'jsonl', 'csv', 'table', 'markdown'];

const HEAD = ['name', 'documents', 'mentions', 'quotes', 'roles', 'first seen', 'last seen'];
const CSV_HEAD = ['key', 'name', 'documents', 'mentions', 'quotes', 'roles', 'first_seen', 'last_seen'];

/** "Defense Minister, Turkey ×3; Minister ×1" */
export function describeRoles(roles: readonly IndexRole[]): string | null {
  if (roles.length === 0) return null;
  return roles.map((r) => `${r.affiliation ? `${r.title}, ${r.affiliation}` : r.title} ×${r.count}`).join('; ');
}

function row(p: IndexPerson): Array<string | null> {
  return [p.name, String(p.documents), String(p.mentions), String(p.quotes), describeRoles(p.roles), p.firstSeen, p.lastSeen];
}

function summary(index: PeopleIndex): string {
  const failed = index.failed > 0 ? ` (${index.failed} failed input${index.failed === 1 ? '' : 's'} skipped)` : '';
  return `${index.documents} document${index.documents === 1 ? '' : 's'}${failed}, ${index.people.length} ${index.people.length === 1 ? 'person' : 'people'}`;
}

export function renderIndex(index: PeopleIndex, format: IndexFormat, options: { chalk: ChalkInstance; width: number }): string {
  switch (format) {
    case 'json':
      return stringifySafe(index, 2) + '\n';
    case 'jsonl':
      return index.people.map((p) => stringifySafe(p) + '\n').join('');
    case 'csv':
      return [CSV_HEAD.join(','), ...index.people.map((p) => [p.key, ...row(p)].map(csvCell).join(','))].join('\n') + '\n';
    case 'markdown':
      return [`## People index`, '', summary(index), ...(index.people.length > 0 ? ['', ...markdownTable({ head: HEAD, rows: index.people.map(row) })] : [])].join('\n') + '\n';
    case 'table': {
      const head = `${options.chalk.bold('People index')}  ${escapeControl(summary(index))}`;
      return index.people.length > 0 ? `${head}\n${renderSection({ head: HEAD, rows: index.people.map(row) }, options)}\n` : `${head}\n`;
    }
  }
}
