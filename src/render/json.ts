/**
 * JSON: one pretty-printed object when the inputs name one document, else one array of them.
 * JSONL: one compact object per line, in input order. Failed inputs appear in their place as
 * `{ schema, id, source, error: { code, message } }`.
 *
 * The pretty-printed form is made in pieces ({@link prettyPieces}): a 5 MB document gives about
 * 20 MB of JSON, and the CLI writes it piece by piece instead of building (and then copying into
 * a buffer) one string of that size.
 */
import { stringifySafe } from './escape.js';
import type { Renderer, Result } from './options.js';

/** One document as its JSONL line (the batch engine writes it where the document was extracted). */
export function jsonlLine(result: Result): string {
  return stringifySafe(result) + '\n';
}

/**
 * `stringifySafe(value, 2)` with every line after the first indented by `indent`, in pieces whose
 * concatenation is exactly that text: an object's keys and an array's items one by one, to the
 * depth of arrays inside the top object (below that, each item is one piece).
 */
export function* prettyPieces(value: unknown, indent = '', depth = 2): Generator<string> {
  const inner = indent + '  ';
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield (i > 0 ? ',\n' : '\n') + inner;
      // JSON.stringify writes undefined, functions and symbols in an array as null
      yield* prettyPieces(isSkipped(value[i]) ? null : value[i], inner, depth - 1);
    }
    yield '\n' + indent + ']';
    return;
  }
  if (depth > 0 && isPlainRecord(value)) {
    const keys = Object.keys(value).filter((k) => !isSkipped(value[k]));
    if (keys.length > 0) {
      yield '{';
      for (let i = 0; i < keys.length; i++) {
        yield `${i > 0 ? ',\n' : '\n'}${inner}${stringifySafe(keys[i])}: `;
        yield* prettyPieces(value[keys[i]!], inner, depth - 1);
      }
      yield '\n' + indent + '}';
      return;
    }
  }
  // JSON string values hold no raw line break, so indenting every line break is exact
  const text = stringifySafe(value, 2);
  yield indent === '' ? text : text.replace(/\n/g, '\n' + indent);
}

/** Object.keys order and skipped values are JSON.stringify's; an object with toJSON is left to it. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function* documentPieces(result: Result, single: boolean, index: number): Generator<string> {
  if (single) {
    yield* prettyPieces(result);
    yield '\n';
    return;
  }
  yield `${index > 0 ? ',' : ''}\n  `;
  yield* prettyPieces(result, '  ');
}

export const jsonRenderer: Renderer = {
  recordsFailures: true,
  begin: (options) => (options.single ? '' : '['),
  document: (result, options, index) => [...documentPieces(result, options.single, index)].join(''),
  pieces: (result, options, index) => documentPieces(result, options.single, index),
  end: (count, options) => (options.single ? '' : count > 0 ? '\n]\n' : ']\n'),
};

export const jsonlRenderer: Renderer = {
  recordsFailures: true,
  document: (result) => jsonlLine(result),
};
