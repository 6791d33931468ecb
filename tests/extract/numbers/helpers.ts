import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/doc/article.js';
import { extractNumbers } from '../../../src/extract/numbers/index.js';
import type { NumberFact } from '../../../src/types.js';

/** The numbers extractor alone (no dates resolver), on one text. */
export function numbersOf(text: string): NumberFact[] {
  return extractNumbers(buildArticle(text));
}

export type Expected = Partial<Omit<NumberFact, 'start' | 'end' | 'rule'>> & { text: string };

/** Compare facts with expectations: same count, same order; spans checked against the input. */
export function expectNumbers(input: string, facts: NumberFact[], expected: readonly Expected[], expect: (v: unknown) => any): void {
  expect(facts.map((f) => f.text)).toEqual(expected.map((e) => e.text));
  let from = 0;
  expected.forEach((e, k) => {
    const f = facts[k]!;
    const start = input.indexOf(e.text, from);
    expect({ start: f.start, end: f.end }).toEqual({ start, end: start + e.text.length });
    expect(input.slice(f.start, f.end)).toBe(f.text);
    const { value, min, max, ...rest } = e;
    expect(f).toMatchObject(rest);
    for (const [got, want] of [[f.value, value], [f.min, min], [f.max, max]] as const) {
      if (typeof want === 'number') expect(got).toBeCloseTo(want, 9);
      else if (want !== undefined) expect(got).toBe(want);
    }
    expect(f.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    from = start + 1;
  });
}

/** An expected cardinal (pass `kind`, `unit`, … in `more` for other kinds). */
export const n = (text: string, value: number, more: Omit<Expected, 'text' | 'value'> = {}): Expected => ({
  text,
  value,
  kind: 'cardinal',
  unit: null,
  counts: null,
  qualifier: null,
  ...more,
});

/** One `describe` per case table, one test per row, named by its input. */
export function describeCaseTables(title: string, tables: ReadonlyArray<readonly [string, ReadonlyArray<[string, Expected[]]>]>): void {
  describe(title, () => {
    for (const [name, table] of tables) {
      describe(name, () => {
        it.each(table)('%s', (input, expected) => {
          expectNumbers(input, numbersOf(input), expected, expect);
        });
      });
    }
  });
}
