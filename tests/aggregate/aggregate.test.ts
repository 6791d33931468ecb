/**
 * The people index: the merge rule (normalized full name, never a bare surname), the counts, and
 * the shard property: any split of the JSONL into shards, concatenated in any order, gives the
 * bytes of one run, in every format (fast-check, fixed seed).
 *
 * Records: hand-made ones below (constructed names), and the extraction of the seed article's lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createIndexBuilder } from '../../src/aggregate/index.js';
import { normalizeName, personKey } from '../../src/aggregate/names.js';
import { INDEX_FORMATS } from '../../src/aggregate/render.js';
import { extractFacts, type ArticleFacts, type PersonFact } from '../../src/index.js';
import { ROOT, runInProcess, SEED } from '../helpers/cli.js';

const validateIndex = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(join(ROOT, 'schema', 'extract-facts-index-1.schema.json'), 'utf8')) as object,
);

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);
const PARAMS = { numRuns: RUNS, seed: Number(process.env.PROPERTY_SEED ?? 20250813), endOnFailure: true } as const;

describe('the merge key', () => {
  test.each([
    ['José Mourinho', 'Jose Mourinho', true],
    ['TONY BLAIR', 'Tony Blair', true],
    ['Martin O’Neill', "Martin O'Neill", true],
    ['J. K. Rowling', 'J K Rowling', true],
    ['Jean-Marie Le Pen', 'Jean Marie  Le Pen', true],
    // must not merge
    ['Tony Blair', 'Cherie Blair', false],
    ['Blair', 'Tony Blair', false],
    ['Ali Khan', 'Ali Khana', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(normalizeName(a) === normalizeName(b)).toBe(same);
    expect(personKey(a, 'doc-1').key === personKey(b, 'doc-2').key).toBe(same);
  });

  test.each([['Blair'], ['Madonna'], ['  Blair. ']])('a one-word name (%j) is never merged across documents, even with itself', (name) => {
    expect(personKey(name, 'doc-1').key).not.toBe(personKey(name, 'doc-2').key);
    expect(personKey(name, 'doc-1')).toEqual({ key: `blair @ doc-1`.replace('blair', normalizeName(name)), fullName: false });
  });
});

let offset = 0;
/** A hand-made record: people as [name, mentions, roles as "title|affiliation"], and quotes by person index. */
function record(id: string, date: string | null, people: Array<[string, number, string[]]>, quotesBy: number[] = []): ArticleFacts {
  const span = (text: string) => ({ start: offset, end: (offset += text.length + 1) - 1, text });
  const persons: PersonFact[] = people.map(([name, mentions, roles], i) => ({
    id: `p${i + 1}`,
    name,
    roles: roles.map((r) => {
      const [title, affiliation] = r.split('|') as [string, string | undefined];
      return { ...span(title), title, affiliation: affiliation ?? null, rule: 'test' };
    }),
    mentions: Array.from({ length: mentions }, () => ({ ...span(name), rule: 'test' })),
  }));
  return {
    schema: 'extract-facts/1',
    id,
    source: '-',
    referenceDate: date ? { value: date, from: 'record' } : null,
    people: persons,
    dates: [],
    numbers: [],
    quotes: quotesBy.map((i) => ({ ...span('quote'), kind: 'direct', speaker: { name: people[i]![0], personId: `p${i + 1}`, start: 0, end: 1 }, cue: null, rule: 'test' })),
  };
}

const RECORDS: Array<ArticleFacts | { schema: 'extract-facts/1'; id: string; source: string; error: { code: string; message: string } }> = [
  record('a', '2025-08-13', [['Yasar Guler', 3, ['Defense Minister|Turkey']], ['Blair', 1, []]], [0, 0]),
  record('b', '2024-01-02', [['Yaşar Güler', 1, ['Defense Minister|Turkey', 'minister']], ['Tony Blair', 2, ['former Prime Minister|UK']]], [1]),
  record('c', null, [['Yasar Guler', 2, []], ['Blair', 4, []]]),
  { schema: 'extract-facts/1', id: 'd', source: '-', error: { code: 'EMPTY_INPUT', message: 'is empty' } },
];

describe('the index', () => {
  const builder = createIndexBuilder();
  for (const r of RECORDS) builder.add(r);
  const index = builder.build();

  test('people merge by full name across documents; the counts add up', () => {
    expect(index).toMatchObject({ schema: 'extract-facts-index/1', documents: 3, failed: 1 });
    const guler = index.people.find((p) => p.key === 'yasar guler')!;
    expect(guler).toEqual({
      key: 'yasar guler',
      name: 'Yasar Guler', // the form of two documents out of three
      documents: 3,
      mentions: 6,
      quotes: 2,
      roles: [{ title: 'Defense Minister', affiliation: 'Turkey', count: 2 }, { title: 'minister', affiliation: null, count: 1 }],
      firstSeen: '2024-01-02',
      lastSeen: '2025-08-13',
    });
  });

  test('a bare surname stays with its document: never merged with a full name or with another bare surname', () => {
    const blairs = index.people.filter((p) => p.name.endsWith('Blair')).map((p) => [p.key, p.documents, p.mentions]);
    expect(blairs).toEqual([['tony blair', 1, 2], ['blair @ c', 1, 4], ['blair @ a', 1, 1]]);
  });

  test('the index is valid against schema/extract-facts-index-1.schema.json', () => {
    expect(validateIndex(JSON.parse(JSON.stringify(index))), JSON.stringify(validateIndex.errors)).toBe(true);
    expect(validateIndex({ ...index, people: [{ ...index.people[0], documents: 0 }] })).toBe(false);
  });

  test('sorted by documents, then quotes and mentions (or by --sort first)', () => {
    expect(index.people.map((p) => p.key)).toEqual(['yasar guler', 'tony blair', 'blair @ c', 'blair @ a']);
    expect(builder.build({ sort: 'mentions', top: 2 }).people.map((p) => p.key)).toEqual(['yasar guler', 'blair @ c']);
  });
});

describe('shards: any split, concatenated in any order, gives the bytes of one run', () => {
  const lines = readFileSync(SEED, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const extracted = lines.map((text, i) => extractFacts(text, { id: `line-${i}`, source: SEED, recordReferenceDate: `2025-08-${String(1 + (i % 28)).padStart(2, '0')}` }));
  const jsonl = [...RECORDS, ...extracted].map((r) => JSON.stringify(r) + '\n');

  test.each(INDEX_FORMATS)('%s', async (format) => {
    const whole = await runInProcess(['aggregate', '--format', format], { stdin: jsonl.join(''), env: { COLUMNS: '120' } });
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('Yasar Guler');
    if (format === 'json') expect(validateIndex(JSON.parse(whole.stdout)), JSON.stringify(validateIndex.errors)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(jsonl.map((_, i) => i), { minLength: jsonl.length }), fc.array(fc.nat(jsonl.length), { maxLength: 5 }), async (order, cuts) => {
        // shards: the lines in a random order, cut at random places, each shard ending in a newline
        const shuffled = order.map((i) => jsonl[i]!);
        const bounds = [...new Set([0, ...cuts, jsonl.length])].sort((a, b) => a - b);
        const shards = bounds.slice(1).map((end, k) => shuffled.slice(bounds[k], end).join(''));
        const run = await runInProcess(['aggregate', '--format', format], { stdin: shards.reverse().join(''), env: { COLUMNS: '120' } });
        expect(run.stdout).toBe(whole.stdout);
      }),
      { ...PARAMS, numRuns: Math.min(RUNS, 10) },
    );
  });
});
