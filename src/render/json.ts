/**
 * JSON: one pretty-printed object when the inputs name one document, else one array of them.
 * JSONL: one compact object per line, in input order. Failed inputs appear in their place as
 * `{ schema, id, source, error: { code, message } }`.
 */
import { stringifySafe } from './escape.js';
import type { Renderer, Result } from './options.js';

/** One document as its JSONL line (the batch engine writes it where the document was extracted). */
export function jsonlLine(result: Result): string {
  return stringifySafe(result) + '\n';
}

export const jsonRenderer: Renderer = {
  recordsFailures: true,
  begin: (options) => (options.single ? '' : '['),
  document: (result, options, index) => {
    if (options.single) return stringifySafe(result, 2) + '\n';
    const indented = stringifySafe(result, 2).replace(/\n/g, '\n  ');
    return `${index > 0 ? ',' : ''}\n  ${indented}`;
  },
  end: (count, options) => (options.single ? '' : count > 0 ? '\n]\n' : ']\n'),
};

export const jsonlRenderer: Renderer = {
  recordsFailures: true,
  document: (result) => jsonlLine(result),
};
