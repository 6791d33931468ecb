/**
 * Markdown: a heading per document, its reference date, then a GitHub table per kind. Article text
 * has Markdown syntax and HTML escaped and control characters shown escaped, so it renders as text.
 */
import { escapeControl } from './escape.js';
import { isFailed, type Renderer, type RenderOptions, type Result } from './options.js';
import { viewDocument } from './sections.js';

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
    if (section.rows.length === 0) continue;
    lines.push('', `| ${section.head.join(' | ')} |`, `|${section.head.map(() => ' --- |').join('')}`);
    for (const row of section.rows) lines.push(`| ${row.map((cell) => (cell === null ? '—' : escapeMarkdown(cell))).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}

export const markdownRenderer: Renderer = {
  document: (result, options, index) => (index > 0 ? '\n' : '') + renderMarkdownDocument(result, options),
};
