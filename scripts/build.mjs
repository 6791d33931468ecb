// Build: bundle the CLI and the library with esbuild (a few files each, so a run loads a few
// modules instead of hundreds), make the workers' V8 code cache, then emit type declarations with tsc.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { compromiseStart } from './compromise-start.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild lowers a regex literal with \p{…} to `new RegExp(…)` for node20 (it doubts the Unicode
  // tables); Node 20 has them, and a literal is built once where `new RegExp` is built on every call.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};
// The bundles that extract for the CLI (extract-one.cjs, which the CLI's own thread and every
// worker load, src/batch/library.ts and worker-cached.ts) get compromise's lexicon expanded at build
// time and its model merge without an object per key (scripts/compromise-start.mjs): this halves
// what loading the library costs. The library bundle (dist/index.js) keeps compromise as it ships:
// measured through it, the build-time lexicon raised the peak RSS of the 5 MB single document from
// about 300 MB to about 336 MB (retained heap the same), for about 75 ms saved once per process.
// The cause is V8's heap sizing, not the model's shape (the lexicon from the build leaves less in
// the heap: 43 MB used after the load, not 49). With less start-up garbage the first full
// collection comes later, inside the 5 MB document (`node --trace-gc`, 3 runs each): it finds
// 56.5 MB live, not 43.4, and V8 lets the heap grow to about 4× the live size before the next one,
// which then never comes (shipped compromise: a second one at about 180 MB, heap committed 209 MB;
// build-time lexicon: none, 243 MB). Through the CLI, where the rendering adds its own garbage, the
// code-cached bundle lowered that peak instead (`--json` 311 -> 287 MB, `--jsonl` 383 -> 361 MB).
const workerBundle = { ...common, plugins: [await compromiseStart()] };

// Chunk names carry a content hash: drop the previous build's.
rmSync('dist/chunks', { recursive: true, force: true });
await Promise.all([
  // The CLI in chunks: its own code in dist/cli.js, so that its main thread parses 0.2 MB before it
  // starts the workers; it loads the library from extract-one.cjs (src/batch/library.ts), and
  // from dist/chunks/ only where that bundle is missing.
  build({ ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' }),
  // Worker-thread entry of the batch engine (--jobs N): loads the library once per worker, from
  // extract-one.cjs beside it through V8's code cache (src/batch/code-cache.ts).
  build({ ...workerBundle, entryPoints: ['src/batch/worker-cached.ts'], outfile: 'dist/worker.js' }),
  build({ ...workerBundle, format: 'cjs', banner: {}, entryPoints: ['src/batch/extract-one.ts'], outfile: 'dist/extract-one.cjs' }),
  // Batch API (engine, ordered mapping, progress), used by scripts/bench.mjs; finds dist/worker.js next to it.
  build({ ...common, entryPoints: ['src/batch/index.ts'], outfile: 'dist/batch.js' }),
]);
// The workers' code cache, made under the V8 flags the CLI sets for its process and its workers.
const tiering = await build({ ...common, banner: {}, entryPoints: ['src/cli/tiering.ts'], write: false, outfile: 'tiering.js' });
const { INTERRUPT_BUDGET } = await import(`data:text/javascript,${encodeURIComponent(tiering.outputFiles[0].text)}`);
execFileSync(process.execPath, [`--interrupt-budget=${INTERRUPT_BUDGET}`, 'scripts/worker-cache.mjs'], { stdio: 'inherit' });
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.', '--emitDeclarationOnly'], { stdio: 'inherit' });
}
