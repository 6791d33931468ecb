/**
 * Ranges: two numbers joined into one fact with `min` and `max` — "between 300 and 400",
 * "10-15%", "3% to 3.5%", "two to four weeks", "five or six young guys". The value of a range is
 * its lower bound. "from £6 to £10" and "rose 4.3% to £1.97bn" are changes, not ranges, and stay
 * two facts; so does "2-1" (a score: the bounds must rise).
 * Ratios read as fractions merge the same way: "one over three", "two out of five hundred".
 */
import type { Line, NumberDraft } from './draft.js';

/** Words before the first number that make "X to Y" a change rather than a range. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'from', 'rose', 'risen', 'rise', 'rises', 'fell', 'fall', 'falls', 'fallen', 'up', 'down', 'increased',
  'decreased', 'increase', 'cut', 'cuts', 'raised', 'lowered', 'jumped', 'dropped', 'climbed', 'grew',
  'gained', 'lost', 'slipped', 'slid', 'surged', 'soared', 'plunged', 'tumbled', 'declined', 'eased',
  'doubled', 'trebled', 'halved', 'reduced', 'boosted', 'lifted', 'added', 'shed', 'by',
  'adding', 'lifting', 'raising', 'cutting', 'rising', 'falling', 'increasing', 'reducing', 'pushing',
  'pushed', 'taking', 'took', 'moved', 'moving', 'went', 'going', 'changed', 'revised', 'upgraded', 'downgraded',
]);

/** "X to Y" bounds of one range are of one size: "3% to 3.5%", not "0.25% to 5.5%" (a change). */
const MAX_TO_RATIO = 10;
/** How far back a change word may stand: "lifted interest rates 0.25% to 5.5%". */
const CHANGE_REACH = 3;

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‐']);

function compatible(a: NumberDraft, b: NumberDraft): boolean {
  if (a.shape === 'ordinal' || b.shape === 'ordinal') return false;
  if (a.kind === b.kind) return a.unit === b.unit || a.unit === null;
  // "10-15%", "two to four weeks", "£5-10m": the first bound borrows the second's kind.
  return a.kind === 'cardinal' && a.counts === null && !a.scaled;
}

/** Merge adjacent drafts of one sentence into ranges where the words between them say so. */
export function mergeRanges(line: Line, drafts: NumberDraft[]): NumberDraft[] {
  const out: NumberDraft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const a = drafts[k]!;
    const b = drafts[k + 1];
    if (b && (isModelNumber(line, a, b) || isScore(line, a, b))) {
      k++; // "the 737-800", "a 4-2 defeat": neither number is an amount
      continue;
    }
    const joined = b ? (ratioOf(line, a, b) ?? rangeOf(line, a, b)) : null;
    if (joined) {
      out.push(joined);
      k++;
    } else {
      out.push(a);
    }
  }
  return out;
}

function rangeOf(line: Line, a: NumberDraft, b: NumberDraft): NumberDraft | null {
  if (a.trailingLast !== undefined) return null;
  const aEnd = a.countsLast ?? a.last;
  const between = b.first - aEnd - 1;
  if (b.qualifierFirst !== null || !compatible(a, b)) return null;
  if (a.counts !== null) return null; // "25 laptops three years ago"
  const joiner = line.lower(aEnd + 1);
  let rule: string | null = null;
  if (between === 1 && DASHES.has(line.text(aEnd + 1)) && line.gapAfter(aEnd) <= 1 && line.gapAfter(aEnd + 1) <= 1) {
    rule = 'range-dash';
  } else if (between === 1 && joiner === 'to') {
    if (a.qualifier !== null) return null;
    for (let k = a.first - 1; k >= Math.max(0, a.first - CHANGE_REACH); k--) if (CHANGE_WORDS.has(line.lower(k))) return null;
    const aScaled = !a.scaled && b.scale !== undefined ? a.value * b.scale : a.value;
    if (aScaled > 0 && b.value / aScaled > MAX_TO_RATIO) return null;
    rule = 'range-to';
  } else if (between === 1 && joiner === 'and' && a.qualifier === 'between') {
    rule = 'range-between';
  } else if (between === 1 && joiner === 'or' && a.spelled === b.spelled) {
    rule = 'range-or';
  }
  if (rule === null) return null;
  // "$2-$3.8 trillion", "20-30bn": the bare first bound takes the second's scale
  const low = !a.scaled && b.scale !== undefined && rule !== 'range-or' ? a.value * b.scale : a.value;
  if (!(low < b.value)) return null;
  return {
    ...b,
    first: a.first,
    value: low,
    min: low,
    max: b.value,
    qualifier: a.qualifier,
    qualifierFirst: a.qualifierFirst,
    spelled: a.spelled || b.spelled,
    rule,
  };
}

/** "737-800", "A320-200": bare numbers of three digits or more joined by a dash are a model or code. */
function isModelNumber(line: Line, a: NumberDraft, b: NumberDraft): boolean {
  if (b.first !== a.last + 2 || !DASHES.has(line.text(a.last + 1)) || !line.glued(a.last) || !line.glued(a.last + 1)) return false;
  const bare = (d: NumberDraft): boolean => d.kind === 'cardinal' && d.shape === 'cardinal' && !d.spelled && !d.scaled && d.qualifier === null;
  return bare(a) && bare(b) && b.counts === null && a.value >= 100 && b.value >= 100;
}

/** "a 4-2 defeat", "won 2-1", "18-17": a score (the first is not the smaller), not two amounts. */
function isScore(line: Line, a: NumberDraft, b: NumberDraft): boolean {
  if (b.first !== a.last + 2 || !DASHES.has(line.text(a.last + 1)) || !line.glued(a.last) || !line.glued(a.last + 1)) return false;
  const bare = (d: NumberDraft): boolean => d.kind === 'cardinal' && d.shape === 'cardinal' && !d.spelled && !d.scaled && Number.isInteger(d.value);
  return bare(a) && bare(b) && a.counts === null && a.value >= b.value && a.value < 1000;
}

/** "one over three", "1 out of 20": a fraction when the first is the smaller. */
function ratioOf(line: Line, a: NumberDraft, b: NumberDraft): NumberDraft | null {
  if (a.kind !== 'cardinal' || b.kind !== 'cardinal' || a.shape !== 'cardinal' || b.shape !== 'cardinal') return null;
  if (a.counts !== null || b.value === 0) return null;
  const over = b.qualifier === 'over' && b.qualifierFirst === a.last + 1;
  if (!over && !(a.value < b.value)) return null; // "five out of three pieces" are two numbers
  const outOf = b.qualifierFirst === null && b.first === a.last + 3 && line.lower(a.last + 1) === 'out' && line.lower(a.last + 2) === 'of';
  if (!over && !outOf) return null;
  return {
    ...b,
    first: a.first,
    value: a.value / b.value,
    shape: 'fraction',
    qualifier: a.qualifier,
    qualifierFirst: a.qualifierFirst,
    rule: over ? 'fraction-over' : 'fraction-out-of',
  };
}
