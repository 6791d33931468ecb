/** Test helpers: bundle a worker entry with esbuild into a temp dir, read a few corpus documents. */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InputDocument } from '../../src/batch/extractor.js';
import { BBC_CORPUS } from '../helpers/bbc.js';

export const ROOT = new URL('../../', import.meta.url);

/** Bundles `entry` (relative to the repo root) the way scripts/build.mjs bundles dist/worker.js. */
export async function bundleWorker(entry: string): Promise<URL> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'ef-worker-')), 'worker.js');
  await build({
    entryPoints: [new URL(entry, ROOT).pathname],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return pathToFileURL(outfile);
}

/** The first `count` BBC articles, or the seed article alone if the corpus is not there. */
export function sampleDocuments(count: number): InputDocument[] {
  let lines: string[];
  try {
    lines = readFileSync(BBC_CORPUS, 'utf8').split('\n', count + 1).filter(Boolean).slice(0, count);
  } catch {
    lines = [];
  }
  const docs: InputDocument[] = lines.map((line) => {
    const r = JSON.parse(line) as { id: string; source: string; text: string };
    return { id: r.id, source: r.source, text: r.text };
  });
  const seed = new URL('fixtures/articles/syria-turkey-defense.txt', ROOT);
  docs.push({ id: 'syria-turkey-defense', source: 'fixtures/articles/syria-turkey-defense.txt', text: readFileSync(seed, 'utf8') });
  return docs;
}
