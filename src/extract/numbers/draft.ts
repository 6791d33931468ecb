/** The working record of one number while its parts are attached, and token helpers. */
import { startsUpperCase, type Token } from '../../doc/tokenize.js';
import type { NumberKind } from '../../types.js';
import { tokenAtoms, type TokenAtoms } from './atoms.js';
import type { PhraseShape } from './phrase.js';

export interface NumberDraft {
  /** First and last token of the number itself (with currency, scale and unit), inclusive. */
  first: number;
  last: number;
  value: number;
  kind: NumberKind;
  unit: string | null;
  shape: PhraseShape;
  /** Written with number words ("twenty"), not only digits. */
  spelled: boolean;
  /** A scale word or abbreviation was applied ("million", "bn"). */
  scaled: boolean;
  /** The factor of that scale (1e6 for "million", "m"), so a range's bare first bound can borrow it. */
  scale?: number;
  rule: string;
  /** Token of the qualifier's first word, when there is one. */
  qualifierFirst: number | null;
  qualifier: string | null;
  /** Last token of a qualifier written after the number ("or more"), when there is one. */
  trailingLast?: number;
  /** Head noun of what is counted, and its token. */
  counts: string | null;
  countsLast: number | null;
  min?: number;
  max?: number;
}

/** Read-only view of one sentence's tokens. */
export class Line {
  readonly lowers: string[];
  /** First token not yet used by an earlier number (a currency after "15" is not also before "50"). */
  floor = 0;
  /** The atoms of each token once read (undefined: not read yet), see {@link atoms}. */
  private readonly atomsRead: Array<TokenAtoms | null | undefined>;
  constructor(readonly toks: readonly Token[]) {
    this.lowers = toks.map((t) => t.lower); // the lower case each token computed once (its form is shared by equal words)
    this.atomsRead = new Array<TokenAtoms | null | undefined>(toks.length);
  }
  /**
   * The number atoms of token i, or null when it is no number word or digits (and past the end).
   * Read once per token: the phrase reader asks again for the tokens of every phrase it tries.
   */
  atoms(i: number): TokenAtoms | null {
    const tok = this.toks[i];
    if (tok === undefined) return null;
    let read = this.atomsRead[i];
    if (read === undefined) {
      read = tokenAtoms(tok, this.lowers[i]!, i);
      this.atomsRead[i] = read;
    }
    return read;
  }
  get length(): number {
    return this.toks.length;
  }
  lower(i: number): string {
    return this.lowers[i] ?? '';
  }
  text(i: number): string {
    return this.toks[i]?.text ?? '';
  }
  /** Characters between token i and token i + 1 (Infinity at the ends). */
  gapAfter(i: number): number {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    return a && b ? b.start - a.end : Infinity;
  }
  glued(i: number): boolean {
    return this.gapAfter(i) === 0;
  }
  /** Token i and i + 1 are at most one space apart. */
  near(i: number): boolean {
    return this.gapAfter(i) <= 1;
  }
  isWord(i: number): boolean {
    return this.toks[i]?.kind === 'word';
  }
  isCapitalized(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.kind === 'word' && startsUpperCase(t.text);
  }
}
