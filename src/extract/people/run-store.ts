/**
 * Compact storage of a document's capitalized runs, for the passes of the people extractor that
 * come after pass 1 (names found again, names in lists). A 5 MB document has hundreds of thousands
 * of runs; kept as {@link Run} objects with one {@link Piece} object per word they cost tens of MB
 * and live long enough to reach the old heap. Here a run is four integers and a piece is four
 * integers in growable typed arrays, and each distinct lower-case word is stored once.
 */
import { nameKey } from './keys.js';
import type { PieceKind, Run } from './pieces.js';

/** Bits above the word-class flags (which use the low 16 bits) in a piece's packed flags. */
const KIND_SHIFT = 16;
const ALL_CAPS = 1 << 18;
const KIND_CODE: Record<PieceKind, number> = { word: 0, initial: 1, particle: 2 };
const KINDS: readonly PieceKind[] = ['word', 'initial', 'particle'];
const FLAGS_MASK = 0xffff;

const SENTENCE_INITIAL = 1;
const POSSESSIVE = 2;

/** Ints per run: token before, token after, run flags, index of its first piece. */
const RUN_INTS = 4;
/** Ints per piece: start, end, packed flags (word class, kind, all caps), lower-case word id. */
const PIECE_INTS = 4;
/** Runs the arrays hold before they first grow (pieces: twice as many). */
const INITIAL_RUNS = 128;

/** Runs the arrays of a released store may hold and still be kept for the next store (64 KB and 128 KB). */
const MAX_SPARE_RUNS = 4096;

/**
 * The arrays of the last store released, for the next one to write over. Every document makes a
 * store, and two new typed arrays each time (memory outside the JS heap, which V8 counts and
 * collects apart) showed in profiles of a batch run, with their doublings on most articles. A
 * large document's arrays are let go (see {@link MAX_SPARE_RUNS}).
 */
let spare: { runData: Int32Array; pieceData: Int32Array } | null = null;

export class RunStore {
  // Small at first (a news article has a few hundred runs): zeroing 48 KB for every document cost
  // more than the doublings of a large one.
  private runData: Int32Array = spare?.runData ?? new Int32Array(RUN_INTS * INITIAL_RUNS);
  private pieceData: Int32Array = spare?.pieceData ?? new Int32Array(PIECE_INTS * 2 * INITIAL_RUNS);
  private runCount = 0;
  private pieceCount = 0;
  private readonly lowerIds = new Map<string, number>();
  private readonly lowers: string[] = [];
  /** nameKey of each distinct lower-case word, computed on first use. */
  private readonly keys: (string | undefined)[] = [];

  constructor() {
    // The spare arrays are this store's now; what they hold is written over before it is read.
    spare = null;
  }

  /** The store is no longer read: the next store may write over its arrays. */
  release(): void {
    if (this.runData.length <= RUN_INTS * MAX_SPARE_RUNS && this.pieceData.length <= PIECE_INTS * 2 * MAX_SPARE_RUNS) {
      spare = { runData: this.runData, pieceData: this.pieceData };
    }
  }

  get size(): number {
    return this.runCount;
  }

  add(run: Run): void {
    const pieces = run.pieces;
    if ((this.runCount + 1) * RUN_INTS > this.runData.length) this.runData = grow(this.runData);
    while ((this.pieceCount + pieces.length) * PIECE_INTS > this.pieceData.length) this.pieceData = grow(this.pieceData);
    const r = this.runCount++ * RUN_INTS;
    const rd = this.runData;
    rd[r] = run.before;
    rd[r + 1] = run.after;
    rd[r + 2] = (run.sentenceInitial ? SENTENCE_INITIAL : 0) | (run.possessive ? POSSESSIVE : 0);
    rd[r + 3] = this.pieceCount;
    const pd = this.pieceData;
    // An index loop, not for…of: this runs for every run of every document, mostly before V8
    // optimizes it, where for…of calls the array iterator and makes a result object per piece.
    for (let q = 0; q < pieces.length; q++) {
      const p = pieces[q]!;
      const o = this.pieceCount++ * PIECE_INTS;
      pd[o] = p.start;
      pd[o + 1] = p.end;
      pd[o + 2] = (p.flags & FLAGS_MASK) | (KIND_CODE[p.kind] << KIND_SHIFT) | (p.allCaps ? ALL_CAPS : 0);
      let id = this.lowerIds.get(p.lower);
      if (id === undefined) {
        id = this.lowers.length;
        this.lowerIds.set(p.lower, id);
        this.lowers.push(p.lower);
      }
      pd[o + 3] = id;
    }
  }

  // Runs (by run index).
  before(r: number): number {
    return this.runData[r * RUN_INTS]!;
  }
  after(r: number): number {
    return this.runData[r * RUN_INTS + 1]!;
  }
  sentenceInitial(r: number): boolean {
    return (this.runData[r * RUN_INTS + 2]! & SENTENCE_INITIAL) !== 0;
  }
  possessive(r: number): boolean {
    return (this.runData[r * RUN_INTS + 2]! & POSSESSIVE) !== 0;
  }
  /** Index of the run's first piece; its pieces are `firstPiece(r)` up to `firstPiece(r + 1)`. */
  firstPiece(r: number): number {
    return r < this.runCount ? this.runData[r * RUN_INTS + 3]! : this.pieceCount;
  }

  // Pieces (by piece index).
  start(p: number): number {
    return this.pieceData[p * PIECE_INTS]!;
  }
  end(p: number): number {
    return this.pieceData[p * PIECE_INTS + 1]!;
  }
  /** The word-class flags ({@link W}). */
  flags(p: number): number {
    return this.pieceData[p * PIECE_INTS + 2]! & FLAGS_MASK;
  }
  kind(p: number): PieceKind {
    return KINDS[(this.pieceData[p * PIECE_INTS + 2]! >>> KIND_SHIFT) & 3]!;
  }
  allCaps(p: number): boolean {
    return (this.pieceData[p * PIECE_INTS + 2]! & ALL_CAPS) !== 0;
  }
  lower(p: number): string {
    return this.lowers[this.pieceData[p * PIECE_INTS + 3]!]!;
  }
  /** `nameKey(lower(p))`, computed once per distinct word. */
  key(p: number): string {
    const id = this.pieceData[p * PIECE_INTS + 3]!;
    let key = this.keys[id];
    if (key === undefined) {
      key = nameKey(this.lowers[id]!);
      this.keys[id] = key;
    }
    return key;
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
