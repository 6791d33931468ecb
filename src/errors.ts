/**
 * Known errors: each has a stable `code`, a one-line `message` saying what failed, and a `hint`
 * saying what to do. The CLI prints them as `extract-facts: <where>: <message> (<hint>)`; anything
 * else is an internal error and gets a stack trace only with `--debug`.
 */

/** A bad command line. Thrown before any work starts; the CLI exits with 2. */
export class UsageError extends Error {
  readonly code = 'USAGE';
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export type InputErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'IS_DIRECTORY'
  | 'EMPTY_DIRECTORY'
  | 'EMPTY_INPUT'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'UNSUPPORTED_ENCODING'
  | 'BAD_JSON'
  | 'BAD_RECORD'
  | 'HTML_INPUT'
  | 'EXTRACT_FAILED';

/** One input could not be read or processed. The others still are; the CLI exits with 1. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}

export function isKnownError(error: unknown): error is UsageError | InputError {
  return error instanceof UsageError || error instanceof InputError;
}

/** `message (hint)`, the text after `extract-facts: <where>: `. */
export function describeError(error: { message: string; hint?: string | undefined }): string {
  return error.hint ? `${error.message} (${error.hint})` : error.message;
}
