import { describe, expect, test } from 'vitest';
import { mapOrdered } from '../../src/batch/ordered.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapOrdered', () => {
  test('yields in input order whatever order the calls finish in', async () => {
    const delays = [30, 1, 20, 5, 0, 12, 3, 25];
    const out: number[] = [];
    for await (const v of mapOrdered(delays, async (ms, i) => (await sleep(ms), i), { window: 3 })) out.push(v);
    expect(out).toEqual(delays.map((_, i) => i));
  });

  test('never has more than `window` calls in flight and pulls the source lazily', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 20; i++) {
        pulled++;
        yield i;
      }
    }
    const consumed: number[] = [];
    for await (const v of mapOrdered(source(), async (i) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await sleep(i % 3);
      inFlight--;
      return i * 2;
    }, { window: 4 })) {
      consumed.push(v);
      expect(pulled - consumed.length).toBeLessThanOrEqual(4);
    }
    expect(consumed).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(maxInFlight).toBeLessThanOrEqual(4);
  });

  test('a rejection surfaces at its place in the order; earlier results are delivered first', async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const v of mapOrdered([1, 2, 3, 4], async (i) => {
        if (i === 3) throw new Error('three');
        await sleep(5);
        return i;
      }, { window: 4 })) out.push(v);
    };
    await expect(run()).rejects.toThrow('three');
    expect(out).toEqual([1, 2]);
  });

  test('stopping early closes the source', async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const v of mapOrdered(source(), async (i) => i, { window: 2 })) if (v === 5) break;
    expect(closed).toBe(true);
  });
});
