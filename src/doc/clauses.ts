/** Where a new main clause may begin inside a sentence, read off the tokens alone. */
import type { Token } from './tokenize.js';

/** Conjunctions that join a second main clause: "…, but he also noted …". */
const CLAUSE_COORDINATORS = /^(?:but|and|yet)$/i;
/** What stands before such a conjunction: a comma, a semicolon or a closing quote mark ("…,” but he said"). */
const CLAUSE_BREAK = /^(?:[,;]|["”'])$/;

/** `tokens[c]` is "but", "and" or "yet" after a comma, semicolon or closing quote mark: a new clause with its own subject may follow. */
export function isClauseCoordinator(tokens: readonly Token[], c: number): boolean {
  const before = tokens[c - 1];
  const word = tokens[c];
  return word !== undefined && before !== undefined && CLAUSE_COORDINATORS.test(word.text) && CLAUSE_BREAK.test(before.text);
}
