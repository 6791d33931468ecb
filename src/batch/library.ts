/**
 * The library for extracting in this thread (`--jobs 1`, and the main thread's share beside the
 * workers): `extract-one.cjs` beside this bundle, compiled from V8's code cache, as every worker
 * loads it (`worker-cached.ts`); the module itself where there is no such bundle (the sources,
 * under vitest). Loaded once per thread, on first use, so that a run that extracts only on
 * workers never loads it here.
 *
 * Why the CommonJS bundle and not a dynamic import of the library's ES module chunk: that bundle
 * is built with compromise's start-up work done at build time (scripts/compromise-start.mjs) and
 * comes with a code cache. Loading it takes about 85 ms on one core against about 210 ms for the
 * chunk, which is most of a one-article run's start-up (issue 18).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCommonJs } from './code-cache.js';
import type { WorkerLibrary } from './worker-protocol.js';

let loaded: Promise<WorkerLibrary> | null = null;

export function loadLibrary(): Promise<WorkerLibrary> {
  loaded ??= loadOnce();
  return loaded;
}

async function loadOnce(): Promise<WorkerLibrary> {
  const bundle = new URL('./extract-one.cjs', import.meta.url);
  if (bundle.protocol === 'file:' && existsSync(fileURLToPath(bundle))) return runCommonJs<WorkerLibrary>(fileURLToPath(bundle)).exports;
  return import('./extract-one.js');
}
