/** Batch API (bundled to `dist/batch.js`): the engine, ordered bounded mapping, progress. */
export { createEngine, defaultJobs, type Engine, type EngineOptions, type InputDocument } from './extractor.js';
export { mapOrdered, defaultWindow, type OrderedOptions } from './ordered.js';
export { createProgress, type Progress, type ProgressOptions } from './progress.js';
export { cacheFileOf, runCommonJs, type CompiledBundle } from './code-cache.js';
/** The V8 tiering the CLI runs its process and workers under (`src/cli/tiering.ts`), so benchmarks can measure the tool as shipped. */
export { INTERRUPT_BUDGET } from '../cli/tiering.js';
