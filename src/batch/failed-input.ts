/** The record a document gets in its place when it fails (kept apart so the main thread can build one without loading the library). */
import { jsonlLine } from '../render/json.js';
import { SCHEMA_ID, type FailedInput } from '../types.js';
import type { FactsOutcome, JsonlOutcome } from './extract-one.js';

type Named = { id: string; source: string };

export function failedInput(doc: Named, code: string, message: string): FailedInput {
  return { schema: SCHEMA_ID, id: doc.id, source: doc.source, error: { code, message } };
}

/** The outcome of a document that failed with `code` before the library gave it facts: the record, its error, no date warning. */
export function failedFacts(doc: Named, code: string, message: string): FactsOutcome {
  const facts = failedInput(doc, code, message);
  return { facts, error: facts.error, dateWarning: null };
}

/** The same, as the record's JSONL line. */
export function failedJsonl(doc: Named, code: string, message: string): JsonlOutcome {
  const failed = failedInput(doc, code, message);
  return { line: jsonlLine(failed), error: failed.error, dateWarning: null };
}
