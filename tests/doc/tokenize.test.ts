import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/doc/tokenize.js';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ['Asaad al-Shibani met Guler', ['Asaad', 'al-Shibani', 'met', 'Guler']],
    ["Guler's troops", ['Guler', "'s", 'troops']],
    ['Syria’s agency', ['Syria', '’s', 'agency']],
    ["O'Neill don't", ["O'Neill", "don't"]],
    ['Clinton \'s aide', ['Clinton', "'s", 'aide']],
    ['more than 20,000 troops', ['more', 'than', '20,000', 'troops']],
    ['$4.2bn (£600m)', ['$', '4.2bn', '(', '£', '600m', ')']],
    ['the U.S. and the 1990s', ['the', 'U.S.', 'and', 'the', '1990s']],
    ['twenty-six of 21st', ['twenty-six', 'of', '21st']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('keeps exact offsets, also after astral characters', () => {
    const input = '😀 Café “Guler” said';
    for (const t of tokenize(input, 10)) expect(input.slice(t.start - 10, t.end - 10)).toBe(t.text);
  });
});
