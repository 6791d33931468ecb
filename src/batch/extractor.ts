/**
 * The seam between the CLI and the extraction engine: the CLI hands documents in, in input order,
 * and gets results back in the same order. This first version runs in process; the batch work
 * (issue 7) puts a worker pool behind the same interface.
 */
import { extractFacts } from '../index.js';
import { SCHEMA_ID, type ArticleFacts, type FactKind, type FailedInput } from '../types.js';

/** One document to extract from, as the input readers produce it. */
export interface InputDocument {
  id: string;
  source: string;
  text: string;
  /** `reference_date` of a JSONL record. */
  recordReferenceDate?: string;
}

export interface EngineOptions {
  only?: readonly FactKind[];
  referenceDate?: string;
  /** Worker threads; 1 runs in process. */
  jobs?: number;
}

export interface Engine {
  /** Results resolve in any order; the caller keeps input order by awaiting in order. */
  extract(doc: InputDocument): Promise<ArticleFacts | FailedInput>;
  close(): Promise<void>;
}

export function extractOne(doc: InputDocument, options: EngineOptions): ArticleFacts | FailedInput {
  try {
    return extractFacts(doc.text, {
      id: doc.id,
      source: doc.source,
      ...(options.only ? { only: options.only } : {}),
      ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
      ...(doc.recordReferenceDate ? { recordReferenceDate: doc.recordReferenceDate } : {}),
    });
  } catch (error) {
    return {
      schema: SCHEMA_ID,
      id: doc.id,
      source: doc.source,
      error: { code: 'EXTRACT_FAILED', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

export function createEngine(options: EngineOptions): Engine {
  return {
    extract: async (doc) => extractOne(doc, options),
    close: async () => {},
  };
}
