/** The html renderer as a string: escaping, one mark per fact, nesting. The page in a real browser: html.browser.test.ts. */
import { describe, expect, test } from 'vitest';
import { markText, type MarkSpan } from '../../src/render/html-marks.js';
import { escapeHtml } from '../../src/render/escape.js';
import { render } from '../../src/render/index.js';
import { extractFacts } from '../../src/index.js';

const span = (start: number, end: number, kind: string, id = `${kind}-${start}`): MarkSpan => ({ start, end, kind, id, tip: 'T' });
/** The marks of `markText` without their attributes and tips, as [text] brackets: readable expectations. */
const brackets = (html: string) =>
  html.replace(/<span class="tip"[^>]*>T<\/span>/g, '').replace(/<mark class="f (\w+)( clipped)?"[^>]*>/g, (_m, kind: string, clipped?: string) => `[${kind}${clipped ? '~' : ''}:`).replace(/<\/mark>/g, ']');

describe('markText', () => {
  test.each([
    ['no facts', 'Plain text.', [], 'Plain text.'],
    ['one fact', 'Minister Ali Khan spoke.', [span(9, 17, 'person')], 'Minister [person:Ali Khan] spoke.'],
    ['adjacent facts stay apart', 'Minister Ali Khan spoke.', [span(9, 17, 'person'), span(0, 8, 'role')], '[role:Minister] [person:Ali Khan] spoke.'],
    ['a name inside a quote nests', '“Ali Khan won,” he said.', [span(1, 14, 'quote'), span(1, 9, 'person')], '“[quote:[person:Ali Khan] won,]” he said.'],
    ['same span: the date inside the number', 'for three years now', [span(4, 15, 'date'), span(4, 15, 'number')], 'for [number:[date:three years]] now'],
    ['a crossing fact is clipped at the end of the one it starts in', 'in the first 10 years or so', [span(3, 21, 'date'), span(13, 27, 'number')], 'in [date:the first [number~:10 years]] or so'],
    ['an empty span is not marked', 'abc', [span(1, 1, 'person')], 'abc'],
  ] as const)('%s', (_name, text, spans, expected) => {
    expect(brackets(markText(text, spans))).toBe(expected);
  });

  test('markup and controls in the text are escaped, line breaks kept', () => {
    const text = '<script>alert("x")</script> & <img src=x onerror=alert(1)>\n\u001b[31mred \u202eevil';
    const html = markText(text, [span(0, 8, 'person')]);
    expect(html).not.toMatch(/<script|<img|\u001b|\u202e/);
    expect(brackets(html)).toContain('[person:&lt;script&gt;]alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;\n\\x1b[31mred \\u202eevil');
  });
});

describe('escapeHtml', () => {
  test.each([
    ['<b>', '&lt;b&gt;'],
    [`"a" & 'b'`, '&quot;a&quot; &amp; &#39;b&#39;'],
    ['line\nbreak\ttab', 'line\\nbreak\\ttab'],
    ['plain text', 'plain text'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('the page', () => {
  const text = 'Defense Minister Yasar Guler said on Wednesday: "We sent <b>20,000</b> troops."';
  const facts = extractFacts(text, { id: 'a<b>', source: 'a.txt', referenceDate: '2025-08-13' });

  test('every fact has exactly one mark, and the page has no script and loads nothing', () => {
    const html = render('html', [facts], { texts: [text] });
    const kinds = facts.people.reduce((n, p) => n + p.mentions.length + p.roles.length, 0) + facts.dates.length + facts.numbers.length + facts.quotes.length;
    expect(kinds).toBeGreaterThanOrEqual(5);
    const marks = [...html.matchAll(/<mark class="f (?:person|role|date|number|quote)[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
    expect(marks).toHaveLength(kinds);
    expect(new Set(marks).size).toBe(kinds);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
    expect(html).toContain('<h2 id="doc-1-title">a&lt;b&gt; (a.txt)</h2>');
    expect(html).toContain('&lt;b&gt;20,000&lt;/b&gt;');
  });

  test('a tip names the value, the person it belongs to and the rule', () => {
    const html = render('html', [facts], { texts: [text] });
    const role = facts.people[0]!.roles[0]!;
    expect(html).toContain(`<span class="tip-kind">role</span> <span class="tip-value">Defense Minister</span><span class="tip-detail">of Yasar Guler (p1)</span><span class="tip-rule">rule: ${role.rule}</span>`);
    expect(html).toMatch(/<span class="tip-kind">date<\/span> <span class="tip-value">2025-08-13 \(DATE\)<\/span>/);
    expect(html).toMatch(/<span class="tip-kind">direct quote<\/span> <span class="tip-value">speaker: Yasar Guler \(p1\)<\/span>/);
  });

  test('--only dates: only the Dates panel', () => {
    const html = render('html', [extractFacts(text, { only: ['dates'] })], { texts: [text], only: ['dates'] });
    expect([...html.matchAll(/<section class="panel (\w+)"/g)].map((m) => m[1])).toEqual(['date']);
  });
});
