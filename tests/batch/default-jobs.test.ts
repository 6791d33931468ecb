/** defaultJobs: every core only for a batch known to be long enough to pay for the workers' warm-up. */
import { describe, expect, test } from 'vitest';
import { ALL_CORES_FROM, defaultJobs } from '../../src/batch/extractor.js';

describe('defaultJobs', () => {
  test.each([
    // [what is known of the batch, cores, jobs]
    [{}, 2, 1], // stdin or a folder: size unknown, the cores less one
    [{ documents: 1 }, 2, 1],
    [{ documents: ALL_CORES_FROM.documents - 1, bytes: ALL_CORES_FROM.bytes - 1 }, 2, 1], // short on both counts
    [{ documents: ALL_CORES_FROM.documents }, 2, 2], // many files
    [{ bytes: ALL_CORES_FROM.bytes }, 2, 2], // one big JSONL file
    [{ documents: 5000 }, 8, 8],
    [{ documents: 10 }, 8, 7],
    [{ documents: 5000 }, 1, 1], // one core: in process whatever the size
    [{}, 1, 1],
  ] as const)('%j on %i cores → %i', (size, cores, jobs) => {
    expect(defaultJobs(size, cores)).toBe(jobs);
  });
});
