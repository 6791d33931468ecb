/** Renderers are pure `(result, options) => string`: checked on hand-made facts, not on extraction. */
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { FORMATS, render, RENDERERS, type Format } from '../../src/render/index.js';
import { escapeControl, stringifySafe } from '../../src/render/escape.js';
import { csvCell } from '../../src/render/csv.js';
import { escapeMarkdown } from '../../src/render/markdown.js';
import { prettyPieces } from '../../src/render/json.js';
import type { RenderOptions } from '../../src/render/options.js';
import { FACT_KINDS, type ArticleFacts, type FailedInput } from '../../src/types.js';
import { assertSchemaValid, parseJsonl } from '../helpers/cli.js';

const HOSTILE = 'Evil \u001b[31mred\u001b[0m \u001b]0;title\u0007 \u202eesrever\u202c \u009b2J tab\there\nnewline | *star* <b>&';

const FACTS: ArticleFacts = {
  schema: 'extract-facts/1',
  id: 'doc-1',
  source: 'a.txt',
  referenceDate: { value: '2025-08-13', from: 'text', start: 0, end: 15 },
  people: [
    {
      id: 'p1',
      name: 'Yasar Guler',
      roles: [{ start: 20, end: 36, text: 'Defense Minister', title: 'Defense Minister', affiliation: 'Turkey', rule: 'title-before-name' }],
      mentions: [
        { start: 37, end: 48, text: 'Yasar Guler', rule: 'title-before-name' },
        { start: 90, end: 95, text: 'Guler', rule: 'surname-coref' },
      ],
      references: [],
    },
  ],
  dates: [{ start: 0, end: 15, text: 'August 13, 2025', type: 'DATE', value: '2025-08-13', rule: 'month-day-year' }],
  numbers: [{ start: 50, end: 81, text: 'more than 20,000 Turkish troops', value: 20000, kind: 'cardinal', unit: null, counts: 'troops', qualifier: 'more than', rule: 'digits' }],
  quotes: [
    { start: 100, end: 100 + HOSTILE.length, text: HOSTILE, kind: 'direct', speaker: { name: 'Yasar Guler', personId: 'p1', start: 90, end: 95 }, cue: { start: 96, end: 100, text: 'said' }, rule: 'said-after-quote' },
    { start: 300, end: 318, text: 'terrorist threats.', kind: 'scare', speaker: null, cue: null, rule: 'scare-quote' },
  ],
};

const FAILED: FailedInput = { schema: 'extract-facts/1', id: 'bad.txt', source: 'bad.txt', error: { code: 'BINARY', message: 'looks like a binary file, not text' } };

function options(overrides: Partial<RenderOptions> = {}): RenderOptions {
  return { chalk: new Chalk({ level: 0 }), explain: false, only: FACT_KINDS, width: 100, single: true, ...overrides };
}

/** Any raw control character, ANSI escape or bidi override. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('registry', () => {
  test('every format has a renderer, and the choices come from it', () => {
    expect(FORMATS).toEqual(['table', 'json', 'jsonl', 'csv', 'markdown', 'html']);
    for (const f of FORMATS) expect(typeof RENDERERS[f].document).toBe('function');
  });

  test.each(FORMATS)('%s is deterministic', (format: Format) => {
    const a = render(format, [FACTS, FAILED, FACTS], options({ single: false }));
    const b = render(format, [structuredClone(FACTS), structuredClone(FAILED), structuredClone(FACTS)], options({ single: false }));
    expect(a).toBe(b);
  });
});

describe('json and jsonl', () => {
  test('one document: a pretty object; the facts round-trip exactly', () => {
    const out = render('json', [FACTS], options());
    expect(out.startsWith('{\n  "schema": "extract-facts/1",')).toBe(true);
    expect(JSON.parse(out)).toEqual(FACTS);
    assertSchemaValid(JSON.parse(out));
  });

  test('several documents: one array, failures in place', () => {
    const out = render('json', [FACTS, FAILED], options({ single: false }));
    const parsed = JSON.parse(out) as unknown[];
    expect(parsed).toEqual([FACTS, FAILED]);
    parsed.forEach(assertSchemaValid);
    expect(render('json', [], options({ single: false }))).toBe('[]\n');
  });

  // the CLI writes a long document's JSON in pieces: joined, they are exactly the one-string form
  test.each([
    ['the facts', FACTS],
    ['a failed input', FAILED],
    ['empty arrays and objects, nested arrays', { a: [], b: {}, c: [[1, [2, { d: [] }]], { e: { f: [3] } }], g: 'x\u2028y' }],
    ['values JSON.stringify skips or writes as null', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: null }],
    ['a value with toJSON, and a bare array', [new Date(0), { toJSON: () => ({ k: [1] }) }]],
  ])('json pieces of %s join to stringifySafe(value, 2)', (_name, value: unknown) => {
    const pieces = [...prettyPieces(value)];
    expect(pieces.join('')).toBe(stringifySafe(value, 2));
    expect([...prettyPieces(value, '  ')].join('')).toBe(stringifySafe(value, 2).replace(/\n/g, '\n  '));
    if (value === FACTS) expect(pieces.length).toBeGreaterThan(10);
  });

  test('the json renderer gives its pieces: the same text as document()', () => {
    for (const single of [true, false]) {
      const o = options({ single });
      [FACTS, FAILED].forEach((r, i) => expect([...RENDERERS.json.pieces!(r, o, i)].join('')).toBe(RENDERERS.json.document(r, o, i)));
    }
  });

  test('jsonl: one line per document', () => {
    const out = render('jsonl', [FACTS, FAILED], options({ single: false }));
    expect(out.split('\n')).toHaveLength(3);
    expect(parseJsonl(out)).toEqual([FACTS, FAILED]);
  });

  test('control characters are escaped as JSON, and the value is unchanged', () => {
    const out = render('jsonl', [FACTS], options());
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\\u001b[31m');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\u009b');
    expect(JSON.parse(stringifySafe({ s: HOSTILE }))).toEqual({ s: HOSTILE });
  });
});

describe('table', () => {
  test('a header with source and reference date, one section per kind', () => {
    const out = render('table', [FACTS], options());
    expect(out.split('\n')[0]).toBe('doc-1 (a.txt)  reference date 2025-08-13 (from text)');
    expect(out).toMatch(/People \(1\)[\s\S]*Dates \(1\)[\s\S]*Numbers \(1\)[\s\S]*Quotes \(2\)/);
    for (const head of ['name', 'role', 'affiliation', 'mentions', 'value', 'type', 'counts/unit', 'qualifier', 'speaker', 'quote', 'kind']) {
      expect(out).toContain(head);
    }
    expect(out).toContain('2: Yasar Guler, Guler');
    expect(out).not.toContain('rule');
  });

  test('--explain adds the rule column', () => {
    const out = render('table', [FACTS], options({ explain: true, width: 200 }));
    expect(out).toContain('rule');
    expect(out).toContain('said-after-quote');
    expect(out).toContain('title-before-name, surname-coref');
  });

  test('--only shows only the sections asked for', () => {
    const out = render('table', [FACTS], options({ only: ['dates'] }));
    expect(out).toContain('Dates');
    expect(out).not.toContain('People');
    expect(render('table', [FACTS], options({ only: ['roles'] }))).toContain('People');
  });

  test('article text cannot inject escapes, even with colors on', () => {
    const out = render('table', [FACTS], options({ chalk: new Chalk({ level: 1 }) }));
    const withoutOurColors = out.replace(/\u001b\[\d+m/g, '');
    expect(withoutOurColors).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\\x1b[31mred');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\x9b2J');
  });

  test('no color codes at level 0', () => {
    expect(render('table', [FACTS], options())).not.toContain('\u001b');
  });

  test('a failed input prints nothing (its error is on stderr)', () => {
    expect(render('table', [FAILED], options())).toBe('');
  });

  test('long quotes wrap to the width', () => {
    const out = render('table', [FACTS], options({ width: 60 }));
    for (const line of out.split('\n').filter((l) => /^[│┌├└]/.test(l))) expect([...line].length).toBeLessThanOrEqual(60);
  });
});

describe('csv', () => {
  test('one header, one row per fact with a kind column, failures as error rows', () => {
    const lines = render('csv', [FACTS, FAILED], options({ single: false })).trimEnd().split('\n');
    expect(lines[0]).toBe('id,kind,start,end,text,value,type,unit,counts,qualifier,person,affiliation,speaker,rule');
    const kinds = lines.slice(1).filter((l) => /^[a-z]/.test(l)).map((l) => l.split(',')[1]);
    expect(kinds).toEqual(['person', 'person', 'role', 'date', 'number', 'quote', 'quote', 'error']);
    expect(lines).toContain('doc-1,number,50,81,"more than 20,000 Turkish troops",20000,cardinal,,troops,more than,,,,digits');
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['@cmd', "'@cmd"],
    ['-3%', '-3%'],
    ['+1 (555)', "'+1 (555)"],
    ['line\nbreak', 'line\\nbreak'],
    [' padded ', '" padded "'],
  ])('cell %j → %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('markdown', () => {
  test('a heading per document and a table per kind', () => {
    const out = render('markdown', [FACTS, FAILED], options({ single: false }));
    expect(out).toMatch(/^## doc-1 \(a\.txt\)\n\nReference date: 2025-08-13 \(from text\)\n\n### People \(1\)\n\n\| name \| role \| affiliation \| mentions \|\n\| --- \| --- \| --- \| --- \|\n/);
    expect(out).toContain('## bad.txt\n\n> **Failed** (BINARY): looks like a binary file, not text');
  });

  test('article text is escaped: no raw controls, no table breaks, no HTML', () => {
    const out = render('markdown', [FACTS], options());
    expect(out).not.toMatch(RAW_CONTROL);
    const quoteRow = out.split('\n').find((l) => l.includes('Evil'))!;
    expect(quoteRow.split(/(?<!\\)\|/)).toHaveLength(5); // | speaker | quote | kind |
    expect(escapeMarkdown('<b>&|*')).toBe('\\<b\\>&amp;\\|\\*');
  });
});

describe('escapeControl', () => {
  test.each([
    ['\u001b[2J', '\\x1b[2J'],
    ['a\tb\nc\rd', 'a\\tb\\nc\\rd'],
    ['\u0007\u007f\u0085', '\\x07\\x7f\\x85'],
    ['\u202e\u2066\u2028', '\\u202e\\u2066\\u2028'],
    ['émoji 👍 \u0627\u200d', 'émoji 👍 \u0627\u200d'],
  ])('%j → %j', (input, expected) => {
    expect(escapeControl(input)).toBe(expected);
  });
});
