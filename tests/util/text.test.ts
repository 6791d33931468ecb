import { describe, expect, it } from 'vitest';
import { singularsOf, stripAccents } from '../../src/util/text.js';

describe('singularsOf', () => {
  it.each([
    ['directors', ['director']],
    ['actresses', ['actresse', 'actress']],
    ['secretaries', ['secretarie', 'secretari', 'secretary']],
    ['bosses', ['bosse', 'boss']],
    ['minister', []], // not a plural in -s
  ])('%s → %j', (word, expected) => {
    expect(singularsOf(word)).toEqual(expected);
  });
});

describe('stripAccents', () => {
  it('drops combining marks and leaves ASCII as it is', () => {
    expect(stripAccents('são paulo')).toBe('sao paulo');
    expect(stripAccents('Zürich')).toBe('Zurich');
    expect(stripAccents('plain')).toBe('plain');
  });
});
