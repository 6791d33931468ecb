/**
 * The article text with every fact wrapped in one `<mark>`, nested where facts nest (a name inside
 * a quote). Facts are opened in order of `start`, longest first, so an enclosing fact is always
 * open before the ones inside it. A fact that crosses the end of the one it starts in (rare: 12 of
 * 74,000 facts over the BBC corpus) is shown up to that end only, marked `clipped`, and its tip
 * keeps its whole text: every fact still has exactly one highlight.
 */
import { escapeHtml } from './escape.js';

export interface MarkSpan {
  start: number;
  end: number;
  /** Element id, unique in the page. */
  id: string;
  /** CSS class of the kind: person, role, date, number, quote. */
  kind: string;
  /** Tooltip content, already HTML. */
  tip: string;
}

/** When two facts have the same span, the one with the lower rank is the outer one. */
const NESTING_RANK: Record<string, number> = { quote: 0, number: 1, date: 2, role: 3, person: 4 };

function compareSpans(a: MarkSpan, b: MarkSpan): number {
  return a.start - b.start || b.end - a.end || (NESTING_RANK[a.kind] ?? 9) - (NESTING_RANK[b.kind] ?? 9) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function markText(text: string, spans: readonly MarkSpan[]): string {
  const sorted = spans.filter((s) => s.end > s.start).sort(compareSpans);
  const out: string[] = [];
  const open: Array<{ end: number; tip: string }> = [];
  let at = 0;
  const emit = (to: number) => {
    if (to > at) out.push(escapeHtml(text.slice(at, to), { keepLines: true }));
    at = Math.max(at, to);
  };
  const close = () => {
    const top = open.pop()!;
    emit(top.end);
    out.push(top.tip, '</mark>');
  };
  for (const span of sorted) {
    while (open.length > 0 && open[open.length - 1]!.end <= span.start) close();
    emit(span.start);
    const parentEnd = open.length > 0 ? open[open.length - 1]!.end : Infinity;
    const clipped = span.end > parentEnd;
    const tipId = `${span.id}-tip`;
    out.push(`<mark class="f ${span.kind}${clipped ? ' clipped' : ''}" id="${span.id}" data-fact="${span.id}" tabindex="0" aria-describedby="${tipId}">`);
    open.push({ end: clipped ? parentEnd : span.end, tip: `<span class="tip" role="tooltip" id="${tipId}">${span.tip}</span>` });
  }
  while (open.length > 0) close();
  emit(text.length);
  return out.join('');
}
