import { describe, expect, test } from 'vitest';
import { batched } from '../../src/batch/batched.js';

/** A send that records each batch it gets and answers every item doubled. */
function recorder() {
  const batches: number[][] = [];
  const send = async (items: number[]) => {
    batches.push(items);
    return items.map((x) => x * 2);
  };
  return { batches, send };
}

describe('batched', () => {
  test('calls of one turn go out together, at most `size` a batch, each caller gets its own result', async () => {
    const { batches, send } = recorder();
    const double = batched(send, 4);
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(double));
    expect(results).toEqual([2, 4, 6, 8, 10, 12]);
    expect(batches).toEqual([[1, 2, 3, 4], [5, 6]]);
  });

  test('a call of a later turn goes out in a batch of its own, not held back', async () => {
    const { batches, send } = recorder();
    const double = batched(send, 4);
    expect(await double(1)).toBe(2);
    expect(await double(2)).toBe(4);
    expect(batches).toEqual([[1], [2]]);
  });

  test('a failed send fails every call of that batch, and only those', async () => {
    const double = batched(async (items: number[]) => {
      if (items.includes(3)) throw new Error('bad batch');
      return items.map((x) => x * 2);
    }, 2);
    const settled = await Promise.allSettled([1, 2, 3, 4, 5].map(double));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
  });
});
