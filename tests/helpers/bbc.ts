/**
 * The ten hand-checked BBC fixture articles (fixtures/bbc/README.md). Their expected facts
 * (`fixtures/bbc/<id>.<kind>.expected.json`) are written against the whole article, offsets included.
 *
 * `npm test` runs them on the short excerpts kept in the repository (`<id>.excerpt.json`: verbatim
 * passages of the article, each with its offset in it) and checks the facts that lie inside the
 * excerpt. With `EXTRACT_FACTS_BBC` set to the corpus file (`npm run eval:fixtures`, which needs
 * ../shared beside the project) the same tests run on the whole articles.
 */
import { readFileSync } from 'node:fs';

export const BBC_FIXTURE_IDS = [
  'bbc-business-002', 'bbc-business-004', 'bbc-entertainment-007', 'bbc-entertainment-012', 'bbc-politics-001',
  'bbc-politics-004', 'bbc-sport-003', 'bbc-sport-010', 'bbc-tech-004', 'bbc-tech-015',
] as const;

/** A passage of an article: its text and where it starts in the article. */
export interface Passage {
  start: number;
  text: string;
}

/** The text a fixture test runs on (an excerpt or the whole article), and where article offsets land in it. */
export interface BbcText {
  id: string;
  text: string;
  /** The offset in `text` of the article span [start, end), or null when the span is not in `text`. */
  at(start: number, end: number): number | null;
  /** true when `phrase` (a quotation, a role phrase) is in `text`. */
  has(phrase: string): boolean;
}

/** Passages are joined as paragraphs. */
const PASSAGE_BREAK = '\n\n';

function fromPassages(id: string, passages: readonly Passage[]): BbcText {
  const placed: Array<Passage & { at: number }> = [];
  let text = '';
  for (const p of passages) {
    if (text !== '') text += PASSAGE_BREAK;
    placed.push({ ...p, at: text.length });
    text += p.text;
  }
  return {
    id,
    text,
    at(start, end) {
      const p = placed.find((q) => q.start <= start && end <= q.start + q.text.length);
      return p === undefined ? null : p.at + start - p.start;
    },
    has: (phrase) => text.includes(phrase),
  };
}

const EXCERPTS = new URL('../../fixtures/bbc/', import.meta.url);

/** The passages of the excerpt kept in the repository. */
export function excerptPassages(id: string): Passage[] {
  return (JSON.parse(readFileSync(new URL(`${id}.excerpt.json`, EXCERPTS), 'utf8')) as { passages: Passage[] }).passages;
}

let corpus: Map<string, string> | null = null;

/** The whole article, from the corpus file `corpusFile`. */
export function articleText(id: string, corpusFile: string): string {
  if (corpus === null) {
    let lines: string[];
    try {
      lines = readFileSync(corpusFile, 'utf8').split('\n');
    } catch {
      throw new Error(`EXTRACT_FACTS_BBC=${corpusFile}: no such file (put ../shared beside the project, or unset it to test the excerpts)`);
    }
    corpus = new Map();
    for (const line of lines) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { id: string; text: string };
      corpus.set(record.id, record.text);
    }
  }
  const text = corpus.get(id);
  if (text === undefined) throw new Error(`BBC article ${id} not found in ${corpusFile}`);
  return text;
}

/** The corpus file when the tests run on whole articles (`npm run eval:tests`), else undefined. */
export const BBC_CORPUS = process.env.EXTRACT_FACTS_BBC;

/** The text of one fixture: the excerpt in the repository, or the whole article when `EXTRACT_FACTS_BBC` names the corpus. */
export function loadBbcText(id: string): BbcText {
  return fromPassages(id, BBC_CORPUS ? [{ start: 0, text: articleText(id, BBC_CORPUS) }] : excerptPassages(id));
}
