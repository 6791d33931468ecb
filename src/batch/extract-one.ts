/**
 * One document through the library, errors turned into a failed-input record. Shared by the
 * in-process engine and the worker entry, so both give the same bytes.
 */
import { reportOf } from './document-report.js';
import { extractFacts } from '../index.js';
import { jsonlLine } from '../render/json.js';
import type { ArticleFacts, FactKind, FailedInput } from '../types.js';
import { failedInput } from './failed-input.js';

/** One document to extract from, as the input readers produce it. */
export interface InputDocument {
  id: string;
  source: string;
  text: string;
  /** `reference_date` of a JSONL record. */
  recordReferenceDate?: string;
}

/** What every document of a batch shares (plain data: it is sent to the workers). */
export interface BatchSettings {
  only?: readonly FactKind[];
  referenceDate?: string;
}

/** What a worker is asked: a few documents, and whether to answer with their facts or their JSONL lines (one result per document, in order). */
export interface WorkerTask {
  docs: InputDocument[];
  as: 'facts' | 'jsonl';
}

export function extractOne(doc: InputDocument, settings: BatchSettings): ArticleFacts | FailedInput {
  try {
    return extractFacts(doc.text, {
      id: doc.id,
      source: doc.source,
      ...(settings.only ? { only: settings.only } : {}),
      ...(settings.referenceDate ? { referenceDate: settings.referenceDate } : {}),
      ...(doc.recordReferenceDate ? { recordReferenceDate: doc.recordReferenceDate } : {}),
    });
  } catch (error) {
    return failedInput(doc, 'EXTRACT_FAILED', error instanceof Error ? error.message : String(error));
  }
}

/**
 * A document extracted and written as its JSONL line in the same thread, with what the CLI reports
 * about it. A worker sends only this back: one string and two small fields cross to the main
 * thread instead of the whole object graph of the facts, which the main thread would otherwise
 * copy in (structured clone) and stringify again, on the core the workers need.
 */
export interface JsonlOutcome {
  line: string;
  /** Set when the document failed. */
  error: FailedInput['error'] | null;
  /** The unresolved-dates warning of the document, if any (see `document-report.ts`). */
  dateWarning: string | null;
}

export function extractJsonl(doc: InputDocument, settings: BatchSettings): JsonlOutcome {
  return jsonlOutcome(extractOne(doc, settings), doc.text);
}

export function jsonlOutcome(result: ArticleFacts | FailedInput, text: string): JsonlOutcome {
  return { line: jsonlLine(result), ...reportOf(result, text) };
}
