/**
 * One document through the library, errors turned into a failed-input record. Shared by the
 * in-process engine and the worker entry, so both give the same bytes.
 */
import { extractFacts } from '../index.js';
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
