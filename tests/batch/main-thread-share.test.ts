import { describe, expect, test } from 'vitest';
import type { FactsOutcome, InputDocument, JsonlOutcome } from '../../src/batch/extract-one.js';
import { failedFacts, failedJsonl } from '../../src/batch/failed-input.js';
import { shareMainThread } from '../../src/batch/main-thread-share.js';
import type { WorkerEngine } from '../../src/batch/worker-engine.js';
import { sampleDocuments } from './helpers.js';

/** Workers that hold every document they get until `release()`: what they took is in `held`. */
function holdingWorkers(count: number, capacity: number) {
  const held: InputDocument[] = [];
  const releases: (() => void)[] = [];
  const hold = <R>(doc: InputDocument, outcome: R) =>
    new Promise<R>((resolve) => {
      held.push(doc);
      releases.push(() => resolve(outcome));
    });
  const engine: WorkerEngine = {
    capacity,
    count,
    extract: (doc) => hold<FactsOutcome>(doc, failedFacts(doc, 'WORKER_CRASHED', 'held by the test')),
    extractJsonl: (doc) => hold<JsonlOutcome>(doc, failedJsonl(doc, 'WORKER_CRASHED', 'held by the test')),
    close: async () => {},
  };
  return { engine, held, release: () => releases.splice(0).forEach((r) => r()) };
}

describe('shareMainThread', () => {
  test('the end of a batch is shared: workers never hold more than their count × what is left for this thread', { timeout: 20_000 }, async () => {
    // six documents, room for twelve on the one worker: it takes three, this thread does the other three
    const docs = sampleDocuments(6).slice(0, 6);
    const workers = holdingWorkers(1, 12);
    const shared = shareMainThread({}, workers.engine);
    const outcomes = docs.map((doc) => shared.extract(doc));
    const here = await Promise.all(outcomes.slice(3));
    expect(workers.held.map((d) => d.id)).toEqual(docs.slice(0, 3).map((d) => d.id));
    expect(here.map((o) => [o.facts.id, o.error])).toEqual(docs.slice(3).map((d) => [d.id, null]));
    workers.release();
    expect((await Promise.all(outcomes.slice(0, 3))).map((o) => o.error?.message)).toEqual(['held by the test', 'held by the test', 'held by the test']);
    await shared.close();
  });

  test('two workers take two documents for each one left here', { timeout: 20_000 }, async () => {
    const docs = Array.from({ length: 9 }, (_, i) => ({ ...sampleDocuments(1)[0]!, id: `copy-${i}` }));
    const workers = holdingWorkers(2, 24);
    const shared = shareMainThread({}, workers.engine);
    const outcomes = docs.map((doc) => shared.extract(doc));
    await Promise.all(outcomes.slice(6));
    expect(workers.held.map((d) => d.id)).toEqual(docs.slice(0, 6).map((d) => d.id));
    workers.release();
    await Promise.all(outcomes);
    await shared.close();
  });
});
