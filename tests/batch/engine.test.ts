import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createEngine, type Engine, type InputDocument } from '../../src/batch/extractor.js';
import { mapOrdered } from '../../src/batch/ordered.js';
import { jsonlRenderer } from '../../src/render/json.js';
import { bundleWorker, sampleDocuments } from './helpers.js';

let workerUrl: URL;
let crashUrl: URL;
let brokenUrl: URL;
const engines: Engine[] = [];

beforeAll(async () => {
  [workerUrl, crashUrl, brokenUrl] = await Promise.all([
    bundleWorker('src/batch/worker.ts'),
    bundleWorker('tests/batch/fixtures/crash-worker.ts'),
    bundleWorker('tests/batch/fixtures/broken-worker.ts'),
  ]);
});

afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.close()));
});

function open(options: Parameters<typeof createEngine>[0]): Engine {
  const engine = createEngine(options);
  engines.push(engine);
  return engine;
}

async function runAll(engine: Engine, docs: InputDocument[], window = 4): Promise<string[]> {
  const out: string[] = [];
  for await (const result of mapOrdered(docs, (d) => engine.extract(d), { window })) out.push(JSON.stringify(result.facts));
  return out;
}

describe('createEngine', () => {
  test('jobs: 2 (worker threads) gives the bytes of jobs: 1 (in process), in input order', { timeout: 120_000 }, async () => {
    const docs = sampleDocuments(8);
    const inProcess = open({ jobs: 1, referenceDate: '2005-03-01' });
    const pooled = open({ jobs: 2, referenceDate: '2005-03-01', workerUrl });
    expect(inProcess.workers).toBe(0);
    expect(pooled.workers).toBe(2);
    const [one, two] = [await runAll(inProcess, docs), await runAll(pooled, docs)];
    expect(two.map((line) => JSON.parse(line).id)).toEqual(docs.map((d) => d.id));
    expect(two.join('\n')).toBe(one.join('\n'));
  });

  test('extractJsonl: the worker writes the line jsonlRenderer writes for the facts, and says what to report', { timeout: 120_000 }, async () => {
    const docs = [...sampleDocuments(3), { id: 'no-date', source: 'test', text: 'The minister spoke on Tuesday.' }];
    const inProcess = open({ jobs: 1 });
    const pooled = open({ jobs: 2, workerUrl });
    for (const doc of docs) {
      const facts = await inProcess.extract(doc);
      const [local, remote] = await Promise.all([inProcess.extractJsonl(doc), pooled.extractJsonl(doc)]);
      expect(remote).toEqual(local);
      expect(remote.line).toBe(jsonlRenderer.document(facts.facts, undefined as never, 0));
      expect(remote.error).toBeNull();
    }
    // Without a reference date, "Tuesday" cannot be resolved: the warning comes back with the line.
    expect((await pooled.extractJsonl(docs.at(-1)!)).dateWarning).toMatch(/1 relative date left unresolved \("Tuesday"\)/);
    // The seed article has a dateline with its date: nothing to warn about.
    expect((await pooled.extractJsonl(docs.find((d) => d.id === 'syria-turkey-defense')!)).dateWarning).toBeNull();
  });

  test('extractJsonl: a worker crash gives the failed-input line in place', { timeout: 120_000 }, async () => {
    const outcome = await open({ jobs: 2, workerUrl: crashUrl }).extractJsonl({ id: 'crash-exit', source: 'test', text: 'x' });
    expect(outcome.error?.code).toBe('WORKER_CRASHED');
    expect(outcome.dateWarning).toBeNull();
    expect(JSON.parse(outcome.line)).toMatchObject({ id: 'crash-exit', source: 'test', error: { code: 'WORKER_CRASHED' } });
    expect(outcome.line.endsWith('}\n')).toBe(true);
  });

  test('a batch of one document runs in process', () => {
    expect(open({ jobs: 4, total: 1, workerUrl }).workers).toBe(0);
    expect(open({ jobs: 4, total: 3, workerUrl }).workers).toBe(3);
  });

  test('a worker crash fails only its document; the pool recovers and the batch goes on', { timeout: 120_000 }, async () => {
    const [a, b, c] = sampleDocuments(3);
    const docs: InputDocument[] = [
      a!,
      { id: 'crash-exit', source: 'test', text: 'Nothing here.' },
      b!,
      { id: 'crash-throw', source: 'test', text: 'Nothing here either.' },
      c!,
    ];
    const expected = await runAll(open({ jobs: 1 }), [a!, b!, c!]);
    const results = (await runAll(open({ jobs: 2, workerUrl: crashUrl }), docs)).map((line) => JSON.parse(line));
    expect(results.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    expect(results[1]).toMatchObject({ schema: 'extract-facts/1', id: 'crash-exit', source: 'test', error: { code: 'WORKER_CRASHED' } });
    expect(results[3]).toMatchObject({ id: 'crash-throw', error: { code: 'WORKER_CRASHED', message: expect.stringContaining('boom') } });
    expect([results[0], results[2], results[4]].map((r) => JSON.stringify(r))).toEqual(expected);
  });

  test('documents posted behind a crashing one go to another worker, none lost', { timeout: 120_000 }, async () => {
    // One worker, two documents in its inbox at a time: the one after the crash never ran there.
    const [a, b, c] = sampleDocuments(3);
    const docs: InputDocument[] = [{ id: 'crash-exit', source: 'test', text: 'x' }, a!, b!, { id: 'crash-exit', source: 'test', text: 'y' }, c!];
    const expected = await runAll(open({ jobs: 1 }), [a!, b!, c!]);
    const results = (await runAll(open({ jobs: 2, total: 5, workerUrl: crashUrl }), docs, 5)).map((line) => JSON.parse(line));
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['WORKER_CRASHED', 'ok', 'ok', 'WORKER_CRASHED', 'ok']);
    expect([results[1], results[2], results[4]].map((r) => JSON.stringify(r))).toEqual(expected);
  });

  test('a worker entry that cannot load fails every document, without respawning forever', async () => {
    const docs = sampleDocuments(3);
    const results = (await runAll(open({ jobs: 2, workerUrl: brokenUrl }), docs)).map((line) => JSON.parse(line));
    expect(results).toHaveLength(docs.length);
    for (const r of results) expect(r.error.code).toBe('WORKER_START_FAILED');
  });

  describe('mainThread: the calling thread extracts beside jobs − 1 workers (the CLI)', () => {
    /** A batch longer than the worker holds (3 messages of 4), so that both threads get documents. */
    const longBatch = () => Array.from({ length: 3 }, (_, copy) => sampleDocuments(10).map((d) => ({ ...d, id: `${d.id}-${copy}` }))).flat();

    test('gives the bytes of jobs: 1, in input order, facts and JSONL alike', { timeout: 120_000 }, async () => {
      const docs = longBatch();
      const shared = open({ jobs: 2, mainThread: true, referenceDate: '2005-03-01', workerUrl });
      expect(shared.workers).toBe(1);
      const one = await runAll(open({ jobs: 1, referenceDate: '2005-03-01' }), docs);
      const two = await runAll(shared, docs, shared.window);
      expect(two.map((line) => JSON.parse(line).id)).toEqual(docs.map((d) => d.id));
      expect(two.join('\n')).toBe(one.join('\n'));
      const lines: string[] = [];
      for await (const outcome of mapOrdered(docs, (d) => shared.extractJsonl(d), { window: shared.window })) lines.push(outcome.line);
      expect(lines.join('')).toBe(one.map((line) => line + '\n').join(''));
    });

    test('a worker entry that cannot load: the main thread extracts every document itself', { timeout: 120_000 }, async () => {
      const docs = longBatch();
      const one = await runAll(open({ jobs: 1 }), docs);
      const shared = open({ jobs: 3, mainThread: true, workerUrl: brokenUrl });
      expect(shared.workers).toBe(2);
      expect(await runAll(shared, docs, shared.window)).toEqual(one);
    });

    test('a document that crashed a worker fails alone, and is not tried again in this thread', { timeout: 120_000 }, async () => {
      const [a, b, ...rest] = sampleDocuments(6).slice(0, 6);
      // the worker gets the first four (it holds no more than what is left for this thread), this thread the rest
      const docs: InputDocument[] = [a!, { id: 'crash-exit', source: 'test', text: 'x' }, b!, { id: 'crash-throw', source: 'test', text: 'y' }, ...rest];
      const expected = await runAll(open({ jobs: 1 }), [a!, b!, ...rest]);
      const shared = open({ jobs: 2, mainThread: true, workerUrl: crashUrl });
      const results = (await runAll(shared, docs, shared.window)).map((line) => JSON.parse(line));
      expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'WORKER_CRASHED', 'ok', 'WORKER_CRASHED', 'ok', 'ok', 'ok', 'ok']);
      expect([results[0], results[2], ...results.slice(4)].map((r) => JSON.stringify(r))).toEqual(expected);
    });
  });

  test('a missing worker entry is a clear error at creation', () => {
    expect(() => createEngine({ jobs: 2, workerUrl: new URL('file:///nonexistent/worker.js') })).toThrow(/worker entry not found/);
  });
});
