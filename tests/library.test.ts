/**
 * The library API behaves like the CLI: extractFacts refuses what the CLI refuses, with the same
 * words (a UsageError); render works with no options; personId never dangles; roles come with people.
 */
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { extractFacts, render, UsageError, FORMATS, type ArticleFacts } from '../src/index.js';
import { runInProcess, SEED } from './helpers/cli.js';

const seed = readFileSync(SEED, 'utf8');

describe('extractFacts checks its options as the CLI does', () => {
  test.each([
    [{ only: ['bogus'] }, ['--only', 'bogus'], 'unknown kind "bogus"; choose from people, roles, dates, numbers, quotes.'],
    [{ only: ['people', 'bogus', 'x'] }, ['--only', 'people,bogus,x'], 'unknown kind "bogus", "x"; choose from'],
    [{ referenceDate: '2025-02-30' }, ['--reference-date', '2025-02-30'], 'expected a calendar date as YYYY-MM-DD, e.g. 2025-08-13.'],
    [{ referenceDate: '13/08/2025' }, ['--reference-date', '13/08/2025'], 'expected a calendar date as YYYY-MM-DD, e.g. 2025-08-13.'],
  ] as const)('%j is refused with the CLI message', async (options, argv, message) => {
    let thrown: unknown;
    try {
      extractFacts('Minister Ali Khan spoke on Monday.', options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toContain(message);
    const cli = await runInProcess([...argv, SEED]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(message);
  });

  test.each([
    [{ only: [] }],
    [{ only: ['dates'] }],
    [{ referenceDate: '2024-02-29' }],
    [{ recordReferenceDate: '2025-08-13' }],
  ] as const)('%j is accepted', (options) => {
    expect(() => extractFacts('On Monday 3 people left.', options)).not.toThrow();
  });

  test('a record reference date and the text are checked too', () => {
    expect(() => extractFacts('x', { recordReferenceDate: '2025-13-01' })).toThrow(/recordReferenceDate "2025-13-01": expected a calendar date/);
    expect(() => extractFacts(undefined as never)).toThrow(UsageError);
  });
});

describe('kinds', () => {
  test('only people: roles are part of a person', () => {
    const facts = extractFacts(seed, { only: ['people'] });
    expect(facts.people.find((p) => p.name === 'Yasar Guler')?.roles.map((r) => [r.title, r.affiliation])).toEqual([['Defense Minister', 'Turkey']]);
    expect(facts).toEqual({ ...extractFacts(seed), dates: [], numbers: [], quotes: [] });
  });

  test.each([[['quotes']], [['quotes', 'dates']]] as const)('only %j: every personId points at a person of the output (none here)', (only) => {
    const facts = extractFacts(seed, { only });
    expect(facts.people).toEqual([]);
    expect(facts.quotes.filter((q) => q.speaker).length).toBeGreaterThan(0);
    for (const q of facts.quotes) expect(q.speaker?.personId ?? null).toBe(null);
  });

  test('with people: every personId points at a listed person', () => {
    const facts = extractFacts(seed, { only: ['people', 'quotes'] });
    const ids = new Set(facts.people.map((p) => p.id));
    const linked = facts.quotes.map((q) => q.speaker?.personId).filter((x): x is string => Boolean(x));
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(ids.has(id)).toBe(true);
  });
});

describe('render has defaults', () => {
  const facts: ArticleFacts = extractFacts(seed, { id: 'seed', source: 'seed.txt' });

  test.each(FORMATS)('%s with no options', (format) => {
    const out = render(format, [facts]);
    expect(out.length).toBeGreaterThan(100);
    expect(out).not.toContain('\u001b'); // no color unless a Chalk instance is given
  });

  test('the defaults are the CLI defaults for one document: one JSON object, all kinds, 100 columns', () => {
    expect(render('json', [facts])).toBe(JSON.stringify(facts, null, 2) + '\n');
    expect(render('json', [facts, facts]).startsWith('[')).toBe(true);
    expect(render('table', [facts], { chalk: new Chalk({ level: 0 }) })).toBe(render('table', [facts], { width: 100, explain: false }));
    expect(render('table', [facts]).split('\n').every((line) => [...line].length <= 100)).toBe(true);
  });

  test('html shows the text when it is given', () => {
    expect(render('html', [facts], { texts: [seed] })).toContain('<mark class="f person"');
    expect(render('html', [facts])).toContain('The article text was not given');
  });

  test('an unknown format is a UsageError naming the choices', () => {
    expect(() => render('xml' as never, [facts])).toThrow(/format "xml": Allowed choices are table, json, jsonl, csv, markdown, html\./);
  });
});
