/**
 * Run-time bounds for hostile input, judged against ordinary news text of the same length put through
 * the same code in the same test. A busy machine (CI, or other jobs on a shared box) slows both alike,
 * so the bound does not fail under load, and it still catches quadratic behaviour, which at these
 * sizes costs hundreds of times the normal text. A fixed number of seconds did both badly: a 5 s
 * bound failed at load average 12 on code that runs in 1 s on a quiet machine.
 */
import { expect } from 'vitest';

/** One paragraph of ordinary news: a titled name, a date, a number, a quotation and its speaker. */
export const NEWS_PARAGRAPH =
  'Turkish Defense Minister Yasar Guler said on Wednesday that more than 20,000 troops would stay. "We will not leave," he told reporters in Ankara. ';

/** `unit` repeated to exactly `length` characters. */
export function fillTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * `prepare(text)` does the untimed set-up and returns the work to time. Wall milliseconds of that
 * work on `text`, and what it returned.
 */
export function timeOf<T>(prepare: (text: string) => () => T, text: string): { ms: number; result: T } {
  const work = prepare(text);
  const t0 = performance.now();
  const result = work();
  return { ms: performance.now() - t0, result };
}

/**
 * `hostile` takes at most `factor` times ordinary news of its length (plus `slackMs`) through the same
 * `prepare`d work, whose result on `hostile` is returned for further checks. The news text is timed
 * after a warm-up, so compiling the code is not charged to it.
 */
export function expectNearNewsTime<T>(prepare: (text: string) => () => T, hostile: string, factor = 10, slackMs = 2_000): T {
  timeOf(prepare, NEWS_PARAGRAPH); // warm up
  const normal = timeOf(prepare, fillTo(NEWS_PARAGRAPH, hostile.length)).ms;
  const { ms, result } = timeOf(prepare, hostile);
  expect(ms, `${Math.round(ms)} ms against ${Math.round(normal)} ms for news of the same length`).toBeLessThan(normal * factor + slackMs);
  return result;
}
