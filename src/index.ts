/** Library API: `extractFacts(text, options)` returns the same object the CLI prints as JSON. */
import { runPipeline } from './pipeline.js';
import type { ArticleFacts, ExtractOptions } from './types.js';
import { validateExtractInput } from './validate.js';

export * from './types.js';

/** Throws a `UsageError` (the CLI's message) for a kind or a date the CLI would refuse. */
export function extractFacts(text: string, options: ExtractOptions = {}): ArticleFacts {
  validateExtractInput(text, options);
  return runPipeline(text, options);
}
export { scoreGoldFile, formatScoreTable } from './score/run.js';
// Reading inputs exactly as the CLI does (offsets index the decoded text), and rendering the output.
export { decodeText, type DecodedText, type TextEncoding } from './input/decode.js';
export { render, FORMATS, RENDERERS, type Format, type Renderer, type RenderOptions, type Result } from './render/index.js';
export { InputError, UsageError } from './errors.js';
