import { describe, expect, it } from 'vitest';
import { isClauseCoordinator } from '../../src/doc/clauses.js';
import { tokenize } from '../../src/doc/tokenize.js';

/** Words of `text` that open a coordinate clause, by the token test the quote and pronoun rules share. */
function coordinators(text: string): string[] {
  const tokens = tokenize(text).filter((t) => t.kind !== 'space');
  return tokens.filter((_, c) => isClauseCoordinator(tokens, c)).map((t) => t.text);
}

describe('isClauseCoordinator', () => {
  it.each([
    // constructed sentences
    ['He called it “a mistake,” but he also noted the risk.', ['but']],
    ['She resigned; and the board met the next day.', ['and']],
    ['The plan is cheap, yet few back it.', ['yet']],
    ['Smith and Jones said the talks would go on.', []], // "and" inside a noun phrase
    ['Prices rose and fell.', []],
    ['But he said no.', []], // nothing before it
  ])('%s', (text, expected) => {
    expect(coordinators(text)).toEqual(expected);
  });
});
