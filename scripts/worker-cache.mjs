// Makes dist/extract-one.cache, the V8 code cache the workers compile the library from
// (src/batch/code-cache.ts). Run by scripts/build.mjs with the V8 flags the CLI sets for itself
// (V8 refuses a cache made under other flags): loads dist/extract-one.cjs, extracts the
// repository's sample texts once (so the cache holds the functions extraction runs, not only the
// top level), and writes the cache.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFileOf, runCommonJs } from '../dist/batch.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(ROOT, 'dist/extract-one.cjs');
rmSync(cacheFileOf(bundle), { force: true });
const { exports: lib, script } = runCommonJs(bundle);

const texts = [readFileSync(join(ROOT, 'fixtures/articles/syria-turkey-defense.txt'), 'utf8')];
const bbc = join(ROOT, 'fixtures/bbc');
for (const file of readdirSync(bbc).filter((f) => f.endsWith('.excerpt.json')).sort()) {
  texts.push(JSON.parse(readFileSync(join(bbc, file), 'utf8')).passages.map((p) => p.text).join('\n\n'));
}
texts.forEach((text, i) => lib.extractJsonl({ id: `warm-up-${i}`, source: 'build', text }, {}));
writeFileSync(cacheFileOf(bundle), script.createCachedData());
