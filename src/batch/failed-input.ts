/** The record a document gets in its place when it fails (kept apart so the main thread can build one without loading the library). */
import { SCHEMA_ID, type FailedInput } from '../types.js';

export function failedInput(doc: { id: string; source: string }, code: string, message: string): FailedInput {
  return { schema: SCHEMA_ID, id: doc.id, source: doc.source, error: { code, message } };
}
