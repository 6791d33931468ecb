/** The data the role rules share: a role mention, the sentence view every rule reads, a rule. */
import type { Token } from '../../doc/tokenize.js';
import type { RoleFact } from '../../types.js';

export interface RoleMention extends RoleFact {
  /** The name the role belongs to, as read next to the role phrase (capitalized tokens, no title). */
  personStart: number;
  personEnd: number;
  /** The head is "counterpart": the title was copied from the other party of the sentence. */
  counterpart?: boolean;
  /**
   * A role with no affiliation of its own, owned by a possessive that refers to something named
   * elsewhere ("its chairman", "the company's chairman"): the possessive's offsets, for the entity
   * model to resolve (see `resolveRolePossessors` in ../../resolve/roles.ts).
   */
  possessorStart?: number;
  possessorEnd?: number;
  /**
   * The person is named by a pronoun ("He was appointed chief executive"): `personStart/End` is the
   * pronoun, attached through the entity model (see `resolvePronounRoles` in ../../resolve/roles.ts).
   */
  pronounSubject?: boolean;
}

/** A set of words to ask about (a `Set`, or one read from the document on first question). */
export interface WordSet {
  has(word: string): boolean;
}

export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  /** Tokens of the sentence: `[start, end)`. */
  start: number;
  end: number;
  /** Words the document writes in lower case somewhere (tells "Aviation analyst" from "Labour leader"). */
  seenLowerCase: WordSet;
  /** Words (lower-cased) the document capitalizes inside a sentence somewhere ("Labour", not "Motorcycle"). */
  capitalizedInside: WordSet;
}

export interface RoleRule {
  name: string;
  find(s: SentenceView): RoleMention[];
}
