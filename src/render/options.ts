import type { ChalkInstance } from 'chalk';
import type { ArticleFacts, FactKind, FailedInput } from '../types.js';

/** One document's outcome: its facts, or why it failed. */
export type Result = ArticleFacts | FailedInput;

export function isFailed(result: Result): result is FailedInput {
  return 'error' in result;
}

export interface RenderOptions {
  /** Colors for the table renderer; `new Chalk({ level: 0 })` when color is off. */
  chalk: ChalkInstance;
  /** Add the rule that produced each fact (tables and Markdown; CSV always has it). */
  explain: boolean;
  /** Kinds that were asked for: the sections to show. */
  only: readonly FactKind[];
  /** Terminal width for tables. */
  width: number;
  /** The inputs name one document: JSON prints one object instead of an array. */
  single: boolean;
}


/**
 * A renderer turns results into text, one document at a time so that long batches stream.
 * `document` is pure: the same result and options give the same string.
 */
export interface Renderer {
  /** Text before the first document. */
  begin?(options: RenderOptions): string;
  /**
   * One document; `index` is its position in the output (0-based); `text` is the document's text,
   * for renderers that show it (html).
   */
  document(result: Result, options: RenderOptions, index: number, text?: string): string;
  /**
   * The same text as `document`, in pieces, for renderers whose output for one long document is
   * large (json): the CLI writes the pieces as they are made, never holding the whole text.
   */
  pieces?(result: Result, options: RenderOptions, index: number): Iterable<string>;
  /** One line of a table of contents, collected by the caller and handed to `end` (html). */
  contentsEntry?(result: Result, index: number): string;
  /** Text after the last document, given how many there were and the joined contents entries. */
  end?(count: number, options: RenderOptions, contents: string): string;
  /** Failed inputs appear in their place in the output (so `--errors-in-output` may exit 0). */
  recordsFailures?: boolean;
}
