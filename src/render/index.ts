/**
 * Output formats, a registry keyed by name: `--format` choices come from its keys, and adding a
 * format means adding one entry.
 */
import { csvRenderer } from './csv.js';
import { jsonlRenderer, jsonRenderer } from './json.js';
import { markdownRenderer } from './markdown.js';
import type { Renderer, RenderOptions, Result } from './options.js';
import { tableRenderer } from './table.js';

export type Format = 'table' | 'json' | 'jsonl' | 'csv' | 'markdown';

export const RENDERERS = {
  table: tableRenderer,
  json: jsonRenderer,
  jsonl: jsonlRenderer,
  csv: csvRenderer,
  markdown: markdownRenderer,
} as const satisfies Record<Format, Renderer>;

export const FORMATS = Object.keys(RENDERERS) as Format[];

/** All results in one string (tests, library users); the CLI streams the same pieces. */
export function render(format: Format, results: readonly Result[], options: RenderOptions): string {
  const renderer: Renderer = RENDERERS[format];
  return (renderer.begin?.(options) ?? '') + results.map((r, i) => renderer.document(r, options, i)).join('') + (renderer.end?.(results.length, options) ?? '');
}

export { escapeControl, stringifySafe } from './escape.js';
export { isFailed, type Renderer, type RenderOptions, type Result } from './options.js';
