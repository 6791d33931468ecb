/**
 * Shared loader for the BBC fixture articles. The texts are not copied into the repo (licence):
 * they are read by id from `../shared/corpus/bbc-news/articles.jsonl` (or `$EXTRACT_FACTS_BBC`).
 * Only the ten ids listed in `fixtures/bbc/README.md` may be used as fixtures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The BBC corpus file (JSONL): `../shared` beside the project, or `$EXTRACT_FACTS_BBC`. */
export const BBC_CORPUS = process.env.EXTRACT_FACTS_BBC ?? fileURLToPath(new URL('../../../shared/corpus/bbc-news/articles.jsonl', import.meta.url));

export const BBC_FIXTURE_IDS = [
  'bbc-business-002', 'bbc-business-004', 'bbc-entertainment-007', 'bbc-entertainment-012', 'bbc-politics-001',
  'bbc-politics-004', 'bbc-sport-003', 'bbc-sport-010', 'bbc-tech-004', 'bbc-tech-015',
] as const;

let cache: Map<string, string> | null = null;

/** true when the shared corpus is present (tests that need it are skipped by design otherwise: see README). */
export function hasBbcCorpus(): boolean {
  return existsSync(BBC_CORPUS);
}

/** The text of one BBC article, by id. Throws when the corpus or the id is missing. */
export function loadBbcArticle(id: string): string {
  if (cache === null) {
    cache = new Map();
    for (const line of readFileSync(BBC_CORPUS, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { id: string; text: string };
      cache.set(record.id, record.text);
    }
  }
  const text = cache.get(id);
  if (text === undefined) throw new Error(`BBC article ${id} not found in ${BBC_CORPUS}`);
  return text;
}
