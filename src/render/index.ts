/**
 * Output formats, a registry keyed by name: `--format` choices come from its keys, and adding a
 * format means adding one entry.
 */
import { Chalk } from 'chalk';
import { UsageError } from '../errors.js';
import { FACT_KINDS } from '../types.js';
import { csvRenderer } from './csv.js';
import { htmlRenderer } from './html.js';
import { jsonlRenderer, jsonRenderer } from './json.js';
import { markdownRenderer } from './markdown.js';
import type { Renderer, RenderOptions, Result } from './options.js';
import { tableRenderer } from './table.js';

export type Format = 'table' | 'json' | 'jsonl' | 'csv' | 'markdown' | 'html';

export const RENDERERS = {
  table: tableRenderer,
  json: jsonRenderer,
  jsonl: jsonlRenderer,
  csv: csvRenderer,
  markdown: markdownRenderer,
  html: htmlRenderer,
} as const satisfies Record<Format, Renderer>;

export const FORMATS = Object.keys(RENDERERS) as Format[];

/** What `render` needs beyond the results; every field has a default. */
export interface RenderCallOptions extends Partial<RenderOptions> {
  /** The documents' texts, in the order of the results (the html format shows them). */
  texts?: ReadonlyArray<string | undefined>;
}

/** The defaults of `render`: no color, no rules column, every kind, 100 columns, one object for one result. */
export function renderOptions(options: Partial<RenderOptions> = {}, count = 1): RenderOptions {
  return {
    chalk: options.chalk ?? new Chalk({ level: 0 }),
    explain: options.explain ?? false,
    only: options.only && options.only.length > 0 ? options.only : FACT_KINDS,
    width: options.width ?? 100,
    single: options.single ?? count === 1,
  };
}

/** All results in one string (tests, library users); the CLI streams the same pieces. */
export function render(format: Format, results: readonly Result[], options: RenderCallOptions = {}): string {
  if (!Object.hasOwn(RENDERERS, format)) throw new UsageError(`format ${JSON.stringify(format)}: Allowed choices are ${FORMATS.join(', ')}.`);
  const renderer: Renderer = RENDERERS[format];
  const full = renderOptions(options, results.length);
  const contents = renderer.contentsEntry ? results.map((r, i) => renderer.contentsEntry!(r, i)).join('') : '';
  return (renderer.begin?.(full) ?? '') + results.map((r, i) => renderer.document(r, full, i, options.texts?.[i])).join('') + (renderer.end?.(results.length, full, contents) ?? '');
}

export { escapeControl, stringifySafe } from './escape.js';
export { isFailed, type Renderer, type RenderOptions, type Result } from './options.js';
