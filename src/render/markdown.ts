/**
 * Markdown: a heading per document, its reference date, then a GitHub table per kind. Article text
 * has Markdown syntax and HTML escaped and control characters shown escaped, so it renders as text.
 */
import { escapeControl } from './escape.js';
import { isFailed, type Renderer, type RenderOptions, type Result } from './options.js';
import { viewDocument, type Section } from './sections.js';

export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
  return escapeControl(escaped);
}

export function renderMarkdownDocument(result: Result, options: RenderOptions): string {
  if (isFailed(result)) {
    return `## ${escapeMarkdown(result.id)}\n\n> **Failed** (${result.error.code}): ${escapeMarkdown(result.error.message)}\n`;
  }
  const view = viewDocument(result, options.only, options.explain);
  const lines = [`## ${escapeMarkdown(view.title)}`, '', `Reference date: ${view.referenceDate ?? 'none'}`];
  for (const section of view.sections) {
    lines.push('', `### ${section.title} (${section.rows.length})`);
    if (section.rows.length > 0) lines.push('', ...markdownTable(section));
  }
  return lines.join('\n') + '\n';
}

/** A GitHub table: head, rule, one line per row (cells escaped, null as "—"). */
export function markdownTable(section: Pick<Section, 'head' | 'rows'>): string[] {
  return [
    `| ${section.head.join(' | ')} |`,
    `|${section.head.map(() => ' --- |').join('')}`,
    ...section.rows.map((row) => `| ${row.map((cell) => (cell === null ? '—' : escapeMarkdown(cell))).join(' | ')} |`),
  ];
}

export const markdownRenderer: Renderer = {
  recordsFailures: true,
  document: (result, options, index) => (index > 0 ? '\n' : '') + renderMarkdownDocument(result, options),
};
