/** Test helpers: bundle a worker entry with esbuild into a temp dir, read a few real documents from fixtures/. */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InputDocument } from '../../src/batch/extractor.js';
import { BBC_FIXTURE_IDS, loadBbcText } from '../helpers/bbc.js';
import { SEED_PATH, SEED_TEXT } from '../helpers/seed.js';

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

/** The first `count` BBC fixture texts (at most ten), then the seed article. */
export function sampleDocuments(count: number): InputDocument[] {
  const docs: InputDocument[] = BBC_FIXTURE_IDS.slice(0, count).map((id) => ({ id, source: `fixtures/bbc/${id}.excerpt.json`, text: loadBbcText(id).text }));
  docs.push({ id: 'syria-turkey-defense', source: SEED_PATH, text: SEED_TEXT });
  return docs;
}
