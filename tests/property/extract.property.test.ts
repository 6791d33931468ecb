/**
 * Property tests (fast-check) over random and adversarial text: extraction never throws, every
 * offset slices to its text, the output is schema-valid, two runs give the same bytes, and run
 * time stays linear on pathological strings.
 *
 * CI runs a fixed seed and a bounded number of cases; locally: PROPERTY_RUNS=2000 PROPERTY_SEED=7 npm test.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFacts } from '../../src/index.js';
import { assertContract } from '../helpers/invariants.js';
import { expectNearNewsTime, fillTo } from '../helpers/linear-time.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 40);
const SEED = Number(process.env.PROPERTY_SEED ?? 20250813);
const PARAMS = { numRuns: RUNS, seed: SEED, endOnFailure: true } as const;

/** Pieces of news text and of trouble: quote marks, names, numbers, dates, controls, emoji, surrogates. */
const PIECES = [
  '"', '“', '”', '‘', '’', '«', '»', "'", '„', '‹', '›',
  'said', 'says', 'told reporters', 'according to', 'he', 'she', 'they',
  'Mr.', 'Dr.', 'President', 'Defense Minister', 'former', 'Turkish', 'Syria', 'SANA',
  'Yasar', 'Guler', 'Asaad al-Shibani', 'van der Berg', 'Abu', 'O\'Brien', 'Jean-Luc',
  '20,000', 'more than', 'about', '3.5', '%', '$', '€', '1,2,3', '-5', '10km', 'million', 'two', 'first',
  'Wednesday', 'December', '2024', 'Aug. 13, 2025', 'last year', 'in 3 weeks', '12:30', '1990s',
  ' ', ' ', ' ', '\n', '\n\n', '\t', ',', '.', ';', ':', '(', ')', '—', '-', '...',
  '\u00a0', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\u001b[31m', '\u0007', '\u0000', '\r',
  'constructor', 'Constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype',
  '👍', '👨‍👩‍👧', '🇹🇷', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', '\u0627\u0644\u0634', '\u05e9\u05dc', '中文', '\ud800', '\udfff',
];

const adversarialText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const randomText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

function checkText(text: string): void {
  const first = extractFacts(text, { id: 'prop', source: 'prop' });
  assertContract(first, text);
  expect(JSON.stringify(extractFacts(text, { id: 'prop', source: 'prop' }))).toBe(JSON.stringify(first));
}

describe('properties of extraction', () => {
  test('adversarial text: never throws, offsets valid, schema valid, deterministic', () => {
    fc.assert(fc.property(adversarialText, (text) => checkText(text)), PARAMS);
  });

  test('random text: never throws, offsets valid, schema valid, deterministic', () => {
    fc.assert(fc.property(randomText, (text) => checkText(text)), PARAMS);
  });

  test('with a reference date and one kind at a time', () => {
    const kinds = fc.constantFrom('people', 'roles', 'dates', 'numbers', 'quotes' as const);
    fc.assert(
      fc.property(adversarialText, kinds, (text, kind) => {
        const facts = extractFacts(text, { referenceDate: '2025-08-13', only: [kind] });
        assertContract(facts, text);
      }),
      { ...PARAMS, numRuns: Math.max(10, Math.floor(RUNS / 2)) },
    );
  });
});

/** Words every plain JavaScript object answers to: a lexicon lookup with them must find nothing. */
const PROTOTYPE_WORDS = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

describe('words that are Object.prototype property names', () => {
  const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  test.each(PROTOTYPE_WORDS)('%s, in every role a word can play, is read as a plain word', (word) => {
    const Word = capitalize(word);
    const text = `The ${word} said "${word} is 5 ${word}" on ${Word} 3. Mr ${Word} and John ${Word}, the ${word} minister, ` +
      `met ${Word} ${Word} in ${Word}. About ${word} ${word}s were ${word}ed, ${word} told reporters. ${Word.toUpperCase()} said.`;
    const facts = extractFacts(text, { id: 'proto', source: 'proto', referenceDate: '2025-08-13' });
    assertContract(facts, text);
    if (/^[a-z]+$/i.test(word)) expect(facts.people.map((p) => p.name)).toContain(`John ${Word}`);
  });
});

describe('run time stays linear', () => {
  const LENGTH = 40_000;
  const fill = (unit: string) => fillTo(unit, LENGTH);

  const PATHOLOGICAL: Array<[string, string]> = [
    ['straight quotes', fill('"')],
    ['curly quotes opened, never closed', fill('“a ')],
    ['one long word', fill('a')],
    ['digits and commas', fill('1,')],
    ['titles without names', fill('Mr. ')],
    ['capitalized words, no period', fill('Guler ')],
    ['spaces', fill(' ')],
    ['said said said', fill('said ')],
    ['nested brackets', fill('(')],
    ['hyphens', fill('-')],
    ['newlines', fill('\n')],
    ['bare numbers without end', fill('13 ')],
    ['numbers in groups of three', fill('123 ')],
  ];

  // Generous: 10× news of the same length plus 2 s of slack.
  const withinBound = (text: string) => expectNearNewsTime((t) => () => extractFacts(t), text);

  test.each(PATHOLOGICAL)('%s finishes within a generous bound of normal text', (_name, text) => withinBound(text), 120_000);
});
