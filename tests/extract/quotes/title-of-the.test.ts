/**
 * title-of-the: "of the" inside a capitalized title keeps the speaker mention whole ("UK Chancellor
 * of the Exchequer Gordon Brown", "Prime Minister of the Netherlands Mark Rutte"); after a name it
 * does not ("John Smith of the BBC" stays "John Smith"). Constructed sentences in BBC News style.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, speaker mention of the first quote]. */
const CASES: Array<[string, string | null]> = [
  ['"We will act," said UK Chancellor of the Exchequer Gordon Brown.', 'UK Chancellor of the Exchequer Gordon Brown'],
  ['"We will act," said Prime Minister of the Netherlands Mark Rutte.', 'Prime Minister of the Netherlands Mark Rutte'],
  ['"We will act," said the Chancellor of the Exchequer, Gordon Brown.', 'the Chancellor of the Exchequer'],
  // must not fire: a name (no title head) before "of the", "of" with no "the"
  ['"We will act," said John Smith of the BBC.', 'John Smith'],
  ['"We will act," said Secretary of State John Kerry.', 'Secretary of State John Kerry'],
];

describe('title-of-the', () => {
  it.each(CASES)('%s', (input, speaker) => {
    expect(markedQuotesOf(input)[0]!.speaker).toBe(speaker);
  });
});
