/**
 * Terminal tables (cli-table3): a header line with the source and reference date, then one table
 * per kind. Article text is shown with control characters escaped; colors come from the Chalk
 * instance the CLI chose (level 0 when color is off), never from cli-table3's own styling.
 */
import Table from 'cli-table3';
import { escapeControl } from './escape.js';
import { isFailed, type Renderer, type RenderOptions, type Result } from './options.js';
import { viewDocument, type Section } from './sections.js';

/** A column never shrinks below this (borders and padding included). */
const MIN_COLUMN_WIDTH = 10;

export function renderTableDocument(result: Result, options: RenderOptions): string {
  if (isFailed(result)) return ''; // the failure is on stderr; the table shows documents only
  const { chalk } = options;
  const view = viewDocument(result, options.only, options.explain);
  const referenceDate = view.referenceDate ? `reference date ${view.referenceDate}` : chalk.dim('no reference date');
  const lines = [`${chalk.bold(escapeControl(view.title))}  ${referenceDate}`];
  for (const section of view.sections) {
    lines.push('', `${chalk.bold(section.title)} ${chalk.dim(`(${section.rows.length})`)}`);
    if (section.rows.length > 0) lines.push(renderSection(section, options));
  }
  return lines.join('\n') + '\n';
}

/** One cli-table3 table (cells escaped, null as a dim "—"), fitted to `options.width`. */
export function renderSection(section: Pick<Section, 'head' | 'rows'>, options: Pick<RenderOptions, 'chalk' | 'width'>): string {
  const { chalk } = options;
  const rows = section.rows.map((row) => row.map((cell) => (cell === null ? chalk.dim('—') : escapeControl(cell))));
  const table = new Table({
    head: section.head.map((h) => chalk.cyan(h)),
    style: { head: [], border: [], compact: true },
    colWidths: fitColumns(section.head, rows, options.width),
    wordWrap: true,
  });
  table.push(...rows);
  return table.toString();
}

/** Natural widths; when the table would not fit `width`, the widest columns shrink (and wrap) first. */
function fitColumns(head: string[], rows: string[][], width: number): Array<number | null> {
  const natural = head.map((h, c) => Math.max(visibleLength(h), ...rows.map((row) => visibleLength(row[c] ?? ''))) + 2);
  const floor = natural.map((w) => Math.min(w, MIN_COLUMN_WIDTH));
  const widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0) + widths.length + 1;
  while (total > width) {
    let widest = -1;
    for (let c = 0; c < widths.length; c++) if (widths[c]! > floor[c]! && (widest < 0 || widths[c]! > widths[widest]!)) widest = c;
    if (widest < 0) break;
    widths[widest]!--;
    total--;
  }
  return widths.map((w, c) => (w === natural[c] ? null : w));
}

/** Width in columns, roughly: code points, without ANSI color codes (ours; article text is escaped). */
function visibleLength(text: string): number {
  let length = 0;
  // eslint-disable-next-line no-control-regex
  for (const line of text.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) length = Math.max(length, [...line].length);
  return length;
}

export const tableRenderer: Renderer = {
  document: (result, options, index) => {
    const text = renderTableDocument(result, options);
    return index > 0 && text !== '' ? '\n' + text : text;
  },
};
