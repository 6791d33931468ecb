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

/** What a worker is asked: a few documents, and whether to answer with their facts or their JSONL lines (one outcome per document, in order). */
export interface WorkerTask {
  docs: InputDocument[];
  as: 'facts' | 'jsonl';
}

/** What the CLI reports about a document, worked out where it was extracted (see `document-report.ts`). */
export interface DocumentReport {
  /** Set when the document failed. */
  error: FailedInput['error'] | null;
  /** The unresolved-dates warning of the document, if any. */
  dateWarning: string | null;
}

/**
 * A document's facts with what the CLI reports about them. The report is made beside the
 * extraction so that the main thread never loads the date resolver (and with it the library) only
 * to word a warning.
 */
export interface FactsOutcome extends DocumentReport {
  facts: ArticleFacts | FailedInput;
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
export interface JsonlOutcome extends DocumentReport {
  line: string;
}

export function extractReported(doc: InputDocument, settings: BatchSettings): FactsOutcome {
  const facts = extractOne(doc, settings);
  return { facts, ...reportOf(facts, doc.text) };
}

export function extractJsonl(doc: InputDocument, settings: BatchSettings): JsonlOutcome {
  return jsonlOutcome(extractOne(doc, settings), doc.text);
}

export function jsonlOutcome(result: ArticleFacts | FailedInput, text: string): JsonlOutcome {
  return { line: jsonlLine(result), ...reportOf(result, text) };
}
