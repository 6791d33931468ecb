/** runCommonJs: a CommonJS bundle compiled with V8's code cache, or from source when the cache is missing or refused. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheFileOf, runCommonJs } from '../../src/batch/code-cache.js';

type Sample = { double(n: number): number; dir: string; hasRequire: boolean };

function sampleBundle(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ef-code-cache-')), 'sample.cjs');
  writeFileSync(file, "exports.double = (n) => 2 * n;\nmodule.exports.dir = __dirname;\nexports.hasRequire = typeof require('node:path').join === 'function';\n");
  return file;
}

describe('runCommonJs', () => {
  test('runs the bundle as a CommonJS module (exports, module, require, __dirname)', () => {
    const file = sampleBundle();
    const { exports, rejected } = runCommonJs<Sample>(file);
    expect(exports.double(21)).toBe(42);
    expect(exports.dir).toBe(join(file, '..'));
    expect(exports.hasRequire).toBe(true);
    expect(rejected).toBe(false); // no cache: nothing to refuse
  });

  test('a cache made from the same bundle is taken', () => {
    const file = sampleBundle();
    const first = runCommonJs<Sample>(file);
    first.exports.double(1);
    writeFileSync(cacheFileOf(file), first.script.createCachedData());
    const second = runCommonJs<Sample>(file);
    expect(second.rejected).toBe(false);
    expect(second.script.cachedDataRejected).toBe(false);
    expect(second.exports.double(4)).toBe(8);
  });

  test('a cache that does not fit is refused and the bundle compiles from source', () => {
    const file = sampleBundle();
    writeFileSync(cacheFileOf(file), Buffer.from('not a V8 code cache'));
    const { exports, rejected } = runCommonJs<Sample>(file);
    expect(rejected).toBe(true);
    expect(exports.double(5)).toBe(10);
  });

  test('the cache file sits beside the bundle', () => {
    expect(cacheFileOf('/x/dist/extract-one.cjs')).toBe('/x/dist/extract-one.cache');
  });
});
