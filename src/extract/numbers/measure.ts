/**
 * What a number measures: money (currency before or after: "$4.2bn", "US$ 150 million",
 * "900m euros", "EUR 125"), percentages ("12%", "12 per cent"), quantities with a unit ("5km",
 * "500,000 barrels", "3-inch", "20 degrees celsius", "five years old"), and scale abbreviations
 * ("bn", "m" next to money). Each attach step widens the draft's token range.
 */
import * as currencies from '../../lexicon/currencies.js';
import { CURRENCY_CODES, POUND_CODE, POUND_WORDS } from '../../lexicon/currencies.js';
import * as scales from '../../lexicon/scales.js';
import { asMap, properPrefixes } from '../../lexicon/table.js';
import { AGE_MARKERS, isGluedOnlyUnit, TIME_UNIT_OF as TIME_UNITS, UNITS, unitMayContinue, unitOf } from '../../lexicon/units.js';
import type { Line, NumberDraft } from './draft.js';
import { readPhrase } from './phrase.js';

// The lexicon tables this module asks with words of the text, as Maps (see `asMap`).
const CODE_ALIASES = asMap(currencies.CODE_ALIASES);
const CURRENCY_SYMBOLS = asMap(currencies.CURRENCY_SYMBOLS);
const CURRENCY_WORDS = asMap(currencies.CURRENCY_WORDS);
const DOLLAR_PREFIXES = asMap(currencies.DOLLAR_PREFIXES);
const QUALIFIED_CURRENCIES = asMap(currencies.QUALIFIED_CURRENCIES);
const QUALIFIED_CURRENCY_PREFIXES = properPrefixes(QUALIFIED_CURRENCIES.keys());
const CASED_SCALE_ABBREVIATIONS = asMap(scales.CASED_SCALE_ABBREVIATIONS);
const SCALE_ABBREVIATIONS = asMap(scales.SCALE_ABBREVIATIONS);

const CODES = new Set(CURRENCY_CODES);
/** Lower-case dollar prefixes that may stand apart from the "$" (tokenized text: "c $ 16.4 million"). */
const SPACED_DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['c', 'hk', 'mex', 'nz']);
const PERCENT_WORDS: readonly string[] = ['percent', 'percentage', 'pct'];
const MAX_UNIT_TOKENS = 4;

function codeOf(code: string): string {
  return CODE_ALIASES.get(code) ?? code;
}

/** A currency written before the number: "$", "£", "US$", "c $", "HK$", "EUR", "usd$", "MAUD". */
export function attachCurrencyBefore(line: Line, d: NumberDraft): void {
  const i = d.first - 1;
  if (i < line.floor || !line.near(i)) return;
  const sym = CURRENCY_SYMBOLS.get(line.text(i));
  if (sym !== undefined) {
    d.kind = 'money';
    d.unit = sym;
    d.first = i;
    d.rule = 'currency-before';
    const p = i - 1;
    if (p >= 0 && line.isWord(p) && line.near(p)) {
      const prefix = line.lower(p);
      const dollar = line.text(i) === '$' ? DOLLAR_PREFIXES.get(prefix) : undefined;
      const code = CODES.has(prefix.toUpperCase()) && (line.glued(p) || prefix === line.text(p)) ? codeOf(prefix.toUpperCase()) : undefined;
      // glued ("US$", "C$") or spaced when it cannot be an English word ("US $", "c $", "hk $"; not "a $5")
      const spacedOk = line.text(p) === line.text(p).toUpperCase() || SPACED_DOLLAR_PREFIXES.has(prefix);
      if (dollar !== undefined && (line.glued(p) || spacedOk)) {
        d.unit = dollar;
        d.first = p;
      } else if (code !== undefined) {
        d.unit = code;
        d.first = p;
      }
    }
    return;
  }
  const word = line.text(i);
  if (line.isWord(i) && CODES.has(word)) {
    d.kind = 'money';
    d.unit = codeOf(word);
    d.first = i;
    d.rule = 'currency-code-before';
  } else if (line.isWord(i) && word.startsWith('M') && CODES.has(word.slice(1))) {
    d.kind = 'money';
    d.unit = codeOf(word.slice(1));
    d.value *= 1e6;
    d.scaled = true;
    d.scale = 1e6;
    d.first = i;
    d.rule = 'currency-code-before';
  }
}

/** The letters glued to the digits or the tail of a hyphenated word: "bn", "km", "USD", "foot". Returns false to reject. */
export function attachSuffix(line: Line, d: NumberDraft, suffix: string): boolean {
  const lower = suffix.toLowerCase();
  const scale = CASED_SCALE_ABBREVIATIONS.get(suffix) ?? (lower === 'm' ? undefined : SCALE_ABBREVIATIONS.get(lower));
  if (scale !== undefined && !d.spelled) {
    d.value *= scale;
    d.scaled = true;
    d.scale = scale;
    if (d.kind !== 'money') d.rule = 'digits-with-scale';
    attachCurrencyAfter(line, d);
    return true;
  }
  if (lower === 'm') {
    // 900m euros, £600m: a million next to money; 100m, 1.8m: metres.
    if (d.kind === 'money' || nextIsCurrency(line, d.last) || nextIsCountedUnit(line, d.last)) {
      d.value *= 1e6;
      d.scaled = true;
      d.scale = 1e6;
      attachCurrencyAfter(line, d);
      return true;
    }
    setQuantity(d, 'm', 'digits-with-unit');
    widenCompoundUnit(line, d, 'm');
    return true;
  }
  if (CODES.has(suffix.toUpperCase()) && d.kind !== 'money' && suffix === suffix.toUpperCase()) {
    d.kind = 'money';
    d.unit = codeOf(suffix.toUpperCase());
    d.rule = 'currency-code-after';
    return true;
  }
  const sym = CURRENCY_SYMBOLS.get(suffix);
  if (sym !== undefined && d.kind !== 'money') {
    d.kind = 'money';
    d.unit = sym;
    d.rule = 'currency-after';
    return true;
  }
  const money = CURRENCY_WORDS.get(lower);
  if (money !== undefined && d.kind !== 'money') {
    d.kind = 'money';
    d.unit = money;
    d.rule = 'currency-after';
    return true;
  }
  const temperature = GLUED_TEMPERATURES.get(suffix);
  if (temperature !== undefined && d.kind === 'cardinal' && isGluedTemperature(line, d, temperature)) {
    setQuantity(d, temperature, 'digits-with-unit'); // "-10C", "77F"
    return true;
  }
  const unit = unitOf(lower, suffix);
  if (unit !== undefined && d.kind !== 'money') {
    setQuantity(d, unit, 'digits-with-unit');
    widenCompoundUnit(line, d, lower);
    return true;
  }
  const time = TIME_UNITS.get(lower);
  if (time !== undefined && d.kind === 'cardinal') {
    d.counts = lower; // "a two-year deal"
    return true;
  }
  const age = ageUnit(lower);
  if (age !== null && d.kind === 'cardinal') {
    setQuantity(d, age, 'age'); // "a five-year-old girl"
    return true;
  }
  return false;
}

/** A capital C or F glued to the digits is a temperature: "-10C", "25C", "77F". */
const GLUED_TEMPERATURES = asMap({ C: '°C', F: '°F' });

/** Temperatures that weather and climate news reports, per scale. */
const TEMPERATURE_RANGE: Readonly<Record<string, readonly [number, number]>> = { '°C': [-90, 60], '°F': [-130, 140] };
/** Words that may follow a temperature ("35C on Monday", "-10C overnight"). */
const AFTER_TEMPERATURE: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'and', 'or', 'with', 'by', 'for', 'to', 'from', 'during', 'overnight', 'yesterday', 'today',
  'tomorrow', 'as', 'while', 'but', 'last', 'this', 'earlier', 'later', 'degrees',
]);

/**
 * "-10C", "35C on Monday", "77F.": a glued C or F is a temperature when the value is one the
 * weather has, no name stands before it ("Boeing 777F") and no noun or slash follows it ("the
 * 13F filing", "14.7C/share").
 */
function isGluedTemperature(line: Line, d: NumberDraft, unit: string): boolean {
  const [low, high] = TEMPERATURE_RANGE[unit]!;
  if (d.value < low || d.value > high) return false;
  if (d.first > 0 && line.isCapitalized(d.first - 1) && line.near(d.first - 1)) return false;
  const next = d.last + 1;
  if (next >= line.length || !line.near(d.last)) return true;
  if (line.isWord(next)) return AFTER_TEMPERATURE.has(line.lower(next));
  return line.text(next) !== '/';
}

/** The word after a glued "m" is a unit that is counted in millions ("113.5m ounces", "1.2m bpd"). */
function nextIsCountedUnit(line: Line, i: number): boolean {
  const next = line.lower(i + 1);
  return line.near(i) && line.isWord(i + 1) && next.length > 2 && unitOf(next, line.text(i + 1)) !== undefined;
}

/** Time units as the second part of a rate: "barrels a day" → "bbl/d", "mg/kg/day". */
const RATE_TIMES = asMap({
  second: 's', s: 's', sec: 's', minute: 'min', min: 'min', hour: 'h', h: 'h', hr: 'h', day: 'd', d: 'd',
  week: 'wk', month: 'mo', year: 'yr', yr: 'yr', annum: 'yr',
});
/** Words that join a unit to the unit it is counted per: "per", "a", "an" ("10 litres a day"). */
const PER_WORDS: ReadonlySet<string> = new Set(['per', 'a', 'an']);

/** "year-old", "month-old": the time unit of an age written as one hyphenated word, or null. */
function ageUnit(word: string): string | null {
  const m = /^(\p{L}+)-old$/u.exec(word);
  return m ? (TIME_UNITS.get(m[1]!) ?? null) : null;
}

/**
 * A unit per another unit: "10km/hr", "50 km/ms" (a table entry), "5 mg/kg", "3 kg/m3" (a glued
 * "/unit"), "500,000 barrels a day", "2 litres per hour" ("per"/"a"/"an" and a time unit).
 * The unit becomes "mg/kg", "bbl/d".
 */
function widenCompoundUnit(line: Line, d: NumberDraft, unitKey: string): void {
  const slash = d.last + 1;
  if (line.text(slash) === '/' && line.glued(d.last) && line.glued(slash) && line.isWord(slash + 1)) {
    const key = `${unitKey}/${line.lower(slash + 1)}`;
    const unit = UNITS[key] ?? perUnit(d.unit, line.lower(slash + 1), line.text(slash + 1));
    if (unit !== undefined) {
      d.unit = unit;
      d.last = slash + 1;
    }
    return;
  }
  const per = d.last + 1;
  if (PER_WORDS.has(line.lower(per)) && line.near(d.last) && line.near(per) && line.isWord(per + 1) && d.unit !== null) {
    // only a time: "37.8 microgrammes per gramme" names a second unit of its own
    const time = RATE_TIMES.get(line.lower(per + 1));
    const unit = time === undefined ? undefined : `${d.unit}/${time}`;
    if (unit !== undefined && !d.unit.includes('/')) {
      d.unit = unit;
      d.last = per + 1;
    }
  }
}

/** "mg" per "kg" → "mg/kg"; undefined when the second part is no unit. */
function perUnit(first: string | null, lower: string, written: string): string | undefined {
  if (first === null) return undefined;
  const second = RATE_TIMES.get(lower) ?? unitOf(lower, written);
  return second === undefined ? undefined : `${first}/${second}`;
}

function setQuantity(d: NumberDraft, unit: string, rule: string): void {
  d.kind = 'quantity';
  d.unit = unit;
  d.rule = rule;
}

function nextIsCurrency(line: Line, i: number): boolean {
  const next = line.lower(i + 1);
  return line.near(i) && (CURRENCY_WORDS.get(next) !== undefined || CODES.has(next.toUpperCase()) || POUND_WORDS.includes(next));
}

/** A scale abbreviation as its own word: "10 mln", "$ 1.5 bn", "- 10 k"; "m" only next to money. */
export function attachScaleAbbreviation(line: Line, d: NumberDraft): void {
  if (d.scaled || d.spelled || d.shape !== 'cardinal') return;
  const i = d.last + 1;
  if (!line.isWord(i) || d.last + 1 >= line.length || line.gapAfter(d.last) > 2) return;
  const word = line.text(i);
  const lower = word.toLowerCase();
  let scale = CASED_SCALE_ABBREVIATIONS.get(word) ?? SCALE_ABBREVIATIONS.get(lower);
  if (lower === 'm' && d.kind !== 'money' && !nextIsCurrency(line, i)) scale = undefined;
  if (lower === 'b' || lower === 'thou') scale = undefined;
  if (scale === undefined) return;
  d.value *= scale;
  d.scaled = true;
  d.scale = scale;
  d.last = i;
}

/** A currency after the number: "euros", "us dollars", "USD", "usd", "yen", "€", "pounds" after a scale. */
export function attachCurrencyAfter(line: Line, d: NumberDraft): void {
  if (d.kind === 'money' || d.shape === 'ordinal') {
    // "$ 10 dollars": a currency word repeating the symbol belongs to the amount.
    if (d.kind === 'money' && line.near(d.last) && CURRENCY_WORDS.get(line.lower(d.last + 1)) === d.unit) d.last += 1;
    if (d.kind === 'money') attachMinorAmount(line, d);
    return;
  }
  const i = d.last + 1;
  if (i >= line.length || !line.near(d.last)) return;
  // "us dollars", "hong kong dollars": joined only after a word that may begin one
  if (QUALIFIED_CURRENCY_PREFIXES.has(line.lower(i))) {
    for (let n = 3; n >= 2; n--) {
      const key = joinLower(line, i, n);
      const code = key === null ? undefined : QUALIFIED_CURRENCIES.get(key);
      if (code !== undefined) return money(d, code, i + n - 1, line);
    }
  }
  const word = line.text(i);
  const lower = line.lower(i);
  if (line.isWord(i) && CODES.has(word.toUpperCase()) && (word === word.toUpperCase() || word === lower)) {
    money(d, codeOf(word.toUpperCase()), i, line);
    // "75 USD million"
    const next = line.lower(i + 1);
    if (!d.scaled && line.near(i) && (next === 'million' || next === 'billion' || next === 'thousand')) {
      d.value *= next === 'thousand' ? 1e3 : next === 'million' ? 1e6 : 1e9;
      d.scaled = true;
      d.scale = next === 'thousand' ? 1e3 : next === 'million' ? 1e6 : 1e9;
      d.last = i + 1;
    }
    return;
  }
  if (line.isWord(i) && word.startsWith('M') && CODES.has(word.slice(1)) && !d.scaled) {
    d.value *= 1e6; // "30 MUSD", "120 MEUR"
    d.scaled = true;
    d.scale = 1e6;
    return money(d, codeOf(word.slice(1)), i);
  }
  const w = CURRENCY_WORDS.get(lower);
  if (w !== undefined) return money(d, w, i, line);
  if (POUND_WORDS.includes(lower) && (d.scaled || line.lower(i + 1) === 'sterling')) {
    return money(d, POUND_CODE, line.lower(i + 1) === 'sterling' ? i + 1 : i);
  }
  const sym = CURRENCY_SYMBOLS.get(word);
  // "10 €", and "10 $ 30 $" (the next amount carries its own symbol after it, so this one is ours)
  const nextHasOwn = line.toks[i + 1]?.kind === 'number' && line.text(i + 2) === word && line.near(i + 1);
  if (sym !== undefined && (line.toks[i + 1]?.kind !== 'number' || nextHasOwn)) return money(d, sym, i);
}

function money(d: NumberDraft, unit: string, last: number, line?: Line): void {
  d.kind = 'money';
  d.unit = unit;
  d.last = last;
  d.rule = 'currency-after';
  if (line) attachMinorAmount(line, d);
}

const MINOR_WORDS: ReadonlySet<string> = new Set(['cent', 'cents', 'pence', 'p', 'penny']);
/** Words that may follow the cents and still end the amount ("one dollar and two and three points"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'but']);

/**
 * Cents after the main unit: "3 dollars 50 cents", "15 dollars and 50.", "c $ 100 and fifty",
 * "thirteen dollars forty five". The cents must end the phrase (a minor-unit word, punctuation,
 * "and"/"or"/"but" or the end of the sentence), so "5 dollars and 15 people" stays apart.
 */
function attachMinorAmount(line: Line, d: NumberDraft): void {
  if (d.scaled || !Number.isInteger(d.value) || d.unit === 'cent' || d.unit === 'GBX') return;
  let j = d.last + 1;
  if (!line.near(d.last)) return;
  if (line.lower(j) === 'and' && line.near(j)) j++;
  const p = readPhrase(line, j);
  if (p === null || p.shape !== 'cardinal' || p.suffix !== null || !Number.isInteger(p.value) || p.value < 1 || p.value > 99) return;
  let last = p.last;
  if (MINOR_WORDS.has(line.lower(last + 1)) && line.near(last)) last += 1;
  else if ((line.isWord(last + 1) && !CLAUSE_JOINERS.has(line.lower(last + 1))) || line.toks[last + 1]?.kind === 'number') return;
  d.value += p.value / 100;
  d.last = last;
}

/** "12%", "12 per cent", "twelve percent", "30 percentage points" (the points inside the span). */
export function attachPercent(line: Line, d: NumberDraft): void {
  if (d.kind !== 'cardinal' || d.shape === 'ordinal') return;
  const i = d.last + 1;
  if (i >= line.length || line.gapAfter(d.last) > 1) return;
  const lower = line.lower(i);
  let last = -1;
  if (lower === '%' || lower === '٪') last = i;
  else if (PERCENT_WORDS.includes(lower)) last = lower === 'percentage' && /^points?$/.test(line.lower(i + 1)) && line.near(i) ? i + 1 : i;
  else if (lower === 'per' && line.lower(i + 1) === 'cent' && line.near(i)) last = i + 1;
  if (last < 0) return;
  d.kind = 'percent';
  d.unit = '%';
  d.last = last;
  d.rule = 'percent';
}

/** Lower-case text of n tokens from i, joined as written ("km/h", "square metres"); null if cut by a wide gap. */
function joinLower(line: Line, i: number, n: number): string | null {
  return join(line, i, n, true);
}

/** Text of n tokens from i, joined as written (lower-cased or not); null if cut by a wide gap. */
function join(line: Line, i: number, n: number, lower: boolean): string | null {
  if (i + n > line.length) return null;
  let key = lower ? line.lower(i) : line.text(i);
  for (let k = i + 1; k < i + n; k++) {
    const gap = line.gapAfter(k - 1);
    if (gap > 1) return null;
    key += (gap === 0 ? '' : ' ') + (lower ? line.lower(k) : line.text(k));
  }
  return key;
}

const INCH_WORDS: ReadonlySet<string> = new Set(['in', 'inch', 'inches', '"', '″']);

/** "5 ft 2 in", "5 feet and 2 inches": one height in feet. */
function attachInches(line: Line, d: NumberDraft): void {
  let j = d.last + 1;
  if (!line.near(d.last)) return;
  if (line.lower(j) === 'and' && line.near(j)) j++;
  const p = readPhrase(line, j);
  if (p === null || p.shape !== 'cardinal' || p.suffix !== null || p.value >= 12) return;
  if (!INCH_WORDS.has(line.lower(p.last + 1)) || !line.near(p.last)) return;
  d.value += p.value / 12;
  d.last = p.last + 1;
}

const INCH_MARKS: ReadonlySet<string> = new Set(['"', '″']);
const FOOT_MARKS: ReadonlySet<string> = new Set(["'", '′']);

/**
 * A quotation opened with one of the marks is still open at token i: an odd number of such
 * marks stand before it, not counting marks right after digits (those are feet and inches).
 */
function quoteOpenAt(line: Line, i: number, marks: ReadonlySet<string>): boolean {
  let n = 0;
  for (let k = 0; k < i; k++) {
    if (marks.has(line.text(k)) && !(k > 0 && line.toks[k - 1]!.kind === 'number' && line.near(k - 1))) n++;
  }
  return n % 2 === 1;
}

/**
 * Feet and inches written with marks after digits: "6'2\"", "a 10\" screen", "10 \" long",
 * "a 6' fence". A mark counts only where it cannot close a quotation opened before it; a foot
 * mark must be glued to the digits.
 */
function attachPrimeMarks(line: Line, d: NumberDraft, i: number): boolean {
  if (line.toks[d.last]?.kind !== 'number' || !line.near(d.last)) return false;
  const mark = line.text(i);
  if (INCH_MARKS.has(mark) && !quoteOpenAt(line, i, INCH_MARKS)) {
    setQuantity(d, 'in', 'number-with-unit');
    d.last = i;
    return true;
  }
  if (!FOOT_MARKS.has(mark) || !line.glued(d.last)) return false;
  const p = readPhrase(line, i + 1);
  if (p !== null && p.shape === 'cardinal' && !p.spelled && p.value < 12 && INCH_MARKS.has(line.text(p.last + 1)) && line.glued(p.last) && line.near(i)) {
    setQuantity(d, 'ft', 'number-with-unit'); // 6'2"
    d.value += p.value / 12;
    d.last = p.last + 1;
    return true;
  }
  if (quoteOpenAt(line, i, FOOT_MARKS) || line.glued(i)) return false;
  setQuantity(d, 'ft', 'number-with-unit');
  d.last = i;
  return true;
}

const UNIT_BRACKETS: ReadonlyMap<string, string> = new Map([['[', ']'], ['{', '}'], ['<', '>'], ['(', ')']]);

/** "20 [kg]", "5 {m}", "3 <km>", "20 (kg)": a unit symbol in brackets, as in tables and forms. */
function attachBracketedUnit(line: Line, d: NumberDraft, i: number): boolean {
  const close = UNIT_BRACKETS.get(line.text(i));
  if (close === undefined || line.text(i + 2) !== close || !line.glued(i) || !line.glued(i + 1)) return false;
  const unit = unitOf(line.lower(i + 1), line.text(i + 1));
  if (unit === undefined || !line.isWord(i + 1)) return false;
  setQuantity(d, unit, 'number-with-unit');
  d.last = i + 2;
  return true;
}

/** A unit after the number ("500,000 barrels", "20 degrees celsius", "3-inch", "188 miles an hour") or an age ("five years old"). */
export function attachUnit(line: Line, d: NumberDraft): void {
  if (d.kind !== 'cardinal' || d.shape === 'ordinal') return;
  let i = d.last + 1;
  if (i >= line.length) return;
  let hyphen = false;
  if ((line.text(i) === '-' || line.text(i) === '‐') && line.glued(d.last) && line.glued(i)) {
    i += 1; // "3-inch", "12-cent"
    hyphen = true;
  } else if (line.gapAfter(d.last) > 2) {
    return;
  }
  const glued = hyphen || line.glued(d.last);
  if (attachBracketedUnit(line, d, i)) return;
  if (!hyphen && attachPrimeMarks(line, d, i)) return;
  // A unit of several tokens starts with its first: most words after a number begin none, and
  // skip the joins and lookups of the longer forms.
  const longest = unitMayContinue(line.lower(i), line.text(i)) ? MAX_UNIT_TOKENS : 1;
  for (let n = longest; n >= 1; n--) {
    const key = joinLower(line, i, n);
    if (key === null) continue;
    const head = hyphen && n === 1 ? key.split('-')[0]! : key;
    if (n === 1 && /^[\d]/.test(head)) return;
    const written = hyphen && n === 1 ? line.text(i).split('-')[0]! : (join(line, i, n, false) ?? '');
    const unit = unitOf(head, written);
    if (unit !== undefined && !(isGluedOnlyUnit(head, written) && !glued)) {
      if (POUND_WORDS.includes(head) && line.lower(i + 1) === 'sterling') continue;
      setQuantity(d, unit, 'number-with-unit');
      d.last = i + n - 1;
      widenCompoundUnit(line, d, head);
      if (unit === 'ft') attachInches(line, d);
      return;
    }
    if (n === 1) {
      const money = CURRENCY_WORDS.get(head);
      if (hyphen && money !== undefined) {
        d.kind = 'money';
        d.unit = money;
        d.last = i;
        d.rule = 'currency-after';
        return;
      }
      const age = ageUnit(key);
      if (age !== null) {
        setQuantity(d, age, 'age'); // "a 40-year-old president"
        d.last = i;
        return;
      }
      const time = TIME_UNITS.get(head);
      if (time !== undefined && hyphen) {
        d.counts = head; // "a 12-year sentence"
        d.countsLast = i;
        return;
      }
      if (time !== undefined) {
        const age = AGE_MARKERS.find((m) => joinLower(line, i + 1, m.split(' ').length) === m);
        if (age !== undefined && line.near(i)) {
          setQuantity(d, time, 'age');
          d.last = i + age.split(' ').length;
        }
      }
    }
  }
}
