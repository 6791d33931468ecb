/**
 * A CommonJS bundle compiled with V8's code cache (Node 20 has no module compile cache; `vm.Script`
 * takes `cachedData`). Every worker is a new isolate that would otherwise parse the 2 MB library
 * bundle and compile each function it runs to bytecode again; with a cache made by the build
 * (after a short warm-up, so it holds the functions extraction runs, not only the top level)
 * it deserializes them instead. V8 checks the cache against the source, its own version and the
 * process's V8 flags, and silently compiles from source when any differs (`rejected`), so a stale
 * or foreign cache costs time, never correctness.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface CompiledBundle<T> {
  exports: T;
  script: Script;
  /** A cache was there and V8 refused it. */
  rejected: boolean;
}

/** The cache file beside a bundle: `extract-one.cjs` → `extract-one.cache`. */
export function cacheFileOf(bundleFile: string): string {
  return bundleFile.replace(/\.cjs$/, '') + '.cache';
}

/** Runs the CommonJS bundle `file` as a module, compiled from its cache file when there is one. */
export function runCommonJs<T>(file: string): CompiledBundle<T> {
  const cacheFile = cacheFileOf(file);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The wrapper CommonJS gives a module; the cache is made from the very same string.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, rejected: Boolean(cachedData) && script.cachedDataRejected === true };
}
