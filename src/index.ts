/** Library API: `extractFacts(text, options)` returns the same object the CLI prints as JSON. */
import { runPipeline } from './pipeline.js';
import type { ArticleFacts, ExtractOptions } from './types.js';

export * from './types.js';

export function extractFacts(text: string, options: ExtractOptions = {}): ArticleFacts {
  return runPipeline(text, options);
}
export { scoreGoldFile, formatScoreTable } from './score/run.js';
