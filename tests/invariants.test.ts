/**
 * Invariants over every fixture (and, with `EXTRACT_FACTS_EVAL_DIR` set, as `npm run eval:tests` does,
 * the first records of each eval dev set): offsets slice to their text, arrays are sorted, two runs
 * give the same bytes, the output is schema-valid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFacts } from '../src/index.js';
import { decodeText } from '../src/input/decode.js';
import { BBC_FIXTURE_IDS, loadBbcText } from './helpers/bbc.js';
import { ROOT } from './helpers/cli.js';
import { assertContract } from './helpers/invariants.js';

interface Sample {
  name: string;
  text: string;
  referenceDate?: string;
}

function fixtureSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const dir of ['fixtures/articles', 'fixtures/inputs']) {
    for (const file of readdirSync(join(ROOT, dir)).sort()) {
      if (!/\.(txt|md)$/.test(file)) continue;
      try {
        samples.push({ name: `${dir}/${file}`, text: decodeText(readFileSync(join(ROOT, dir, file))).text });
      } catch {
        // refused inputs (binary, UTF-32) have no text to check
      }
    }
  }
  for (const id of BBC_FIXTURE_IDS) samples.push({ name: `fixtures/bbc/${id}`, text: loadBbcText(id).text });
  return samples;
}

/** The first records of each eval dev set in `$EXTRACT_FACTS_EVAL_DIR` (none when it is unset). */
function evalSamples(perSet = Number(process.env.EXTRACT_FACTS_EVAL_SAMPLE ?? 4)): Sample[] {
  const evalDir = process.env.EXTRACT_FACTS_EVAL_DIR;
  if (evalDir === undefined) return [];
  if (!existsSync(evalDir)) throw new Error(`EXTRACT_FACTS_EVAL_DIR=${evalDir}: no such folder (put ../shared beside the project, or unset it)`);
  const samples: Sample[] = [];
  for (const set of readdirSync(evalDir).sort()) {
    const file = join(evalDir, set, 'dev.jsonl');
    if (!existsSync(file)) continue;
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, perSet);
    for (const line of lines) {
      const record = JSON.parse(line) as { id: string; text: string; reference_date?: string | null };
      samples.push({ name: `${set}/${record.id}`, text: record.text, ...(record.reference_date ? { referenceDate: record.reference_date } : {}) });
    }
  }
  return samples;
}

const SAMPLES = [...fixtureSamples(), ...evalSamples()];

describe('invariants', () => {
  test('there are samples', () => {
    expect(SAMPLES.length).toBeGreaterThan(10);
  });

  test.each(SAMPLES.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
    const options = { id: sample.name, source: sample.name, ...(sample.referenceDate ? { recordReferenceDate: sample.referenceDate } : {}) };
    const first = extractFacts(sample.text, options);
    assertContract(first, sample.text);
    const second = extractFacts(sample.text, options);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});
