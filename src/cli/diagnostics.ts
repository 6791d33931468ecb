/** Lines on stderr: `extract-facts: <where>: <what> (<hint>)`, warnings, and stacks with --debug. */
import { escapeControl } from '../render/escape.js';

export interface Diagnostics {
  error(where: string, message: string, hint?: string): void;
  warning(where: string, message: string): void;
  /** A problem that is not about one input: `extract-facts: <what> (<hint>)`. */
  general(message: string, hint?: string): void;
  /** The stack of an error, only with --debug. */
  stack(error: unknown): void;
}

export function createDiagnostics(stderr: NodeJS.WritableStream, debug: boolean): Diagnostics {
  const write = (line: string) => {
    try {
      stderr.write(line + '\n');
    } catch {
      // stderr is gone: nothing left to tell
    }
  };
  return {
    error: (where, message, hint) => write(`extract-facts: ${escapeControl(where)}: ${escapeControl(message)}${hint ? ` (${hint})` : ''}`),
    general: (message, hint) => write(`extract-facts: ${escapeControl(message)}${hint ? ` (${hint})` : ''}`),
    warning: (where, message) => write(`extract-facts: ${escapeControl(where)}: warning: ${escapeControl(message)}`),
    stack: (error) => {
      if (debug && error instanceof Error && error.stack) write(error.stack);
    },
  };
}
