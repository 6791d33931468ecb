// Generate src/lexicon/generated/units.ts from the unit tables of js-quantities (MIT), a maintained
// units library whose aliases carry symbols, names, plurals and British spellings ("metre").
// Run: node scripts/build-units.mjs (the output is committed, so js-quantities is a dev dependency).
//
// Only the kinds news writes about are kept, SI prefixes only on the units that take them in
// news ("MW", "kWh", "GHz", "mSv"), and aliases whose ordinary English sense wins ("point",
// "league", "bar", "stone") are left out. The hand table in src/lexicon/units.ts is read first
// at run time; this table fills in what it lacks.
import { writeFileSync } from 'node:fs';
import Qty from 'js-quantities';

/** Kinds of quantity read from the library. Time is left out: "three weeks" counts weeks. */
const KINDS = [
  'length', 'area', 'volume', 'mass', 'speed', 'temperature', 'power', 'energy', 'pressure', 'force',
  'frequency', 'information', 'information_rate', 'current', 'potential', 'resistance', 'angle',
  'radiation', 'angular_velocity', 'illuminance', 'volumetric_flow',
];

/** Aliases that are ordinary words or codes far more often than units in running text. */
const NOT_UNITS = new Set([
  'point', 'points', 'pt', 'league', 'leagues', 'rod', 'rods', 'rd', 'pica', 'picas', 'mil', 'mils', 'bar', 'bars',
  'stone', 'stones', 'st', 'slug', 'slugs', 'grain', 'grains', 'gr', 'dram', 'drams', 'dr', 'gee', 'Gal', 'atm', 'ATM',
  'th', 'unit', 'count', 'cell', 'cells', 'dot', 'dots', 'each', 'gross', 'molecule', 'molecules', 'DM', 'datamile',
  'redshift', 'red-shift', 'AU', 'ls', 'cu', 'tb', 'tn', 'ang', 'Da', 'dalton', 'daltons', 'Dalton', 'Daltons', 'AMU', 'amu',
  'P', 'poise', 'St', 'M', 'molar', 'U', 'rotation', 'var', 'Var', 'gon', 'grads', 'sr', 'h', 'galimp', 'ptimp',
  'floz', 'flozimp', 'floz-imp', 'cmh2o', 'inh2o', 'pint-imp', 'pints-imp', 'gallon-imp', 'gallons-imp', 'bl', 'blimp',
  'bl-us', 'bl-imp', 'naut-mile', 'metric-ton', 'short-ton', 'fluid-ounce-imp', 'fluid-ounces-imp', 'light-minute',
  'light-second', 'lmin', 'fps', 'cd', 'candela', 'lm', 'kat',
  'bit', // "a two-bit player": the plural "bits" stays
]);

/** How a unit is written in the output when the library's first alias is a code ("degC"). */
const OUTPUT_UNIT = { degC: '°C', degF: '°F', degK: 'K', degR: '°R', Ohm: 'Ω', lbs: 'lb', deg: '°', kt: 'kn', tb: 'tbsp' };

/** Prefixes as news uses them, per base unit: symbol prefix and word prefix. */
const PREFIXES = {
  k: 'kilo', M: 'mega', G: 'giga', T: 'tera', P: 'peta', h: 'hecto', c: 'centi', m: 'milli', 'µ': 'micro', n: 'nano',
};
const PREFIXED = {
  meter: ['k', 'c', 'm', 'µ', 'n'], gram: ['k', 'm', 'µ'], liter: ['m', 'c'], watt: ['k', 'M', 'G', 'T', 'm'],
  Wh: ['k', 'M', 'G', 'T'], joule: ['k', 'M', 'G'], byte: ['k', 'M', 'G', 'T', 'P'], bit: ['k', 'M', 'G', 'T'],
  bps: ['k', 'M', 'G'], Bps: ['k', 'M', 'G'], hertz: ['k', 'M', 'G', 'T'], volt: ['k', 'm', 'M'], ampere: ['k', 'm'],
  pascal: ['k', 'M', 'G', 'h'], electronvolt: ['k', 'M', 'G', 'T'], sievert: ['m', 'µ'], becquerel: ['k', 'M', 'G', 'T'],
  calorie: ['k'], ohm: ['k', 'M'], 'metric-ton': ['k', 'M'],
};

/** Names the library lacks for units it has. */
const EXTRA_NAMES = { Wh: ['watt-hour', 'watt-hours'], rpm: ['revolutions per minute'] };
/** Units of other kinds that news writes after a number. */
const EXTRA_UNITS = ['ppm', 'ppb'];
/** Single capital letters that are symbols glued to the digits ("60W", "12V", "5A"). */
const LETTER_SYMBOLS = new Set(['W', 'V', 'A', 'J', 'N']);
/** Length symbols and names that also make areas and volumes ("mm2", "square millimetres"). */
const POWERS = [['2', '²', 'square'], ['3', '³', 'cubic']];

const isWord = (a) => /^[a-z][a-z -]{2,}$/.test(a);
/** Names that take no plural ("horsepower") besides those ending in -s, -x, -z, -sh, -ch or -y. */
const UNCOUNTABLE = new Set(['horsepower', 'celsius', 'centigrade', 'fahrenheit', 'kelvin', 'rankine', 'lux']);
/**
 * A name's plural when the library gives none ("ampere" → "amperes"). Short words ("mph",
 * "foot", "inch") are abbreviations or have their plural listed already.
 */
const plural = (w) => (w.length < 5 || UNCOUNTABLE.has(w) || /(?:s|x|z|sh|ch|y)$/.test(w) ? null : `${w}s`);

const names = new Map(); // lower-case word → unit
const symbols = new Map(); // symbol as written → unit
const clash = new Set();
function put(map, surface, unit) {
  if (NOT_UNITS.has(surface)) return;
  const had = map.get(surface);
  if (had !== undefined && had !== unit) clash.add(surface);
  else map.set(surface, unit);
}
function addWord(word, unit) {
  put(names, word, unit);
  if (word.includes('-')) put(names, word.replace(/-/g, ' '), unit);
}

const unitNames = KINDS.flatMap((kind) => Qty.getUnits(kind).map((name) => [kind, name]));
for (const name of EXTRA_UNITS) unitNames.push(['ratio', name]);
for (const [kind, name] of unitNames) {
  {
    const aliases = [...Qty.getAliases(name), ...(EXTRA_NAMES[name] ?? [])].filter((a) => !NOT_UNITS.has(a));
    if (aliases.length === 0) continue;
    const first = Qty.getAliases(name)[0];
    const unit = OUTPUT_UNIT[first] ?? first;
    const words = aliases.filter((a) => isWord(a));
    for (const a of aliases) {
      if (isWord(a)) addWord(a, unit);
      else if ((a.length >= 2 || LETTER_SYMBOLS.has(a)) && !/^\p{Lu}[a-z]{3,}$/u.test(a)) put(symbols, a, unit); // "Joule" is a name
    }
    for (const w of words) {
      const p = plural(w);
      if (p !== null && !words.includes(p) && !w.includes('-')) addWord(p, unit);
    }
    if (kind === 'length') addPowers(aliases, words, unit);
    for (const prefix of PREFIXED[name] ?? []) {
      const symbol = aliases.find((a) => !isWord(a) && a.length <= 3 && a !== 'Ohm') ?? first;
      const sym = symbol === 'Ohm' ? 'Ω' : symbol;
      const prefixedUnit = `${prefix}${OUTPUT_UNIT[sym] ?? sym}`;
      put(symbols, `${prefix}${sym}`, prefixedUnit);
      const prefixedWords = [];
      for (const w of words) {
        if (w.includes('-') || w.includes(' ') || w.length < 4) continue;
        const word = `${PREFIXES[prefix]}${w}`;
        addWord(word, prefixedUnit);
        prefixedWords.push(word);
        const p = plural(w);
        if (p !== null && !words.includes(p)) {
          addWord(`${PREFIXES[prefix]}${p}`, prefixedUnit);
          prefixedWords.push(`${PREFIXES[prefix]}${p}`);
        }
      }
      if (kind === 'length') addPowers([`${prefix}${sym}`], prefixedWords, prefixedUnit);
    }
  }
}

/** "km2" and "km3", "square kilometres" and "cubic kilometres" from a length. */
function addPowers(aliases, words, unit) {
  for (const [digit, sup, word] of POWERS) {
    for (const a of aliases) if (!isWord(a) && /^[a-zµ]+$/.test(a)) put(symbols, `${a}${digit}`, `${unit}${sup}`);
    for (const w of words) if (!w.includes('-')) addWord(`${word} ${w}`, `${unit}${sup}`);
  }
}
for (const s of clash) {
  names.delete(s);
  symbols.delete(s);
}

const sorted = (map) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const out = `/**
 * Units of measure from js-quantities (MIT), its unit aliases and SI prefixes.
 * GENERATED by scripts/build-units.mjs: do not edit by hand. The hand table in ../units.ts wins.
 */
import { table } from '../table.js';
/** Unit names, lower case ("kilowatts", "megapascals", "fathoms") → the unit written in the output. */
export const GENERATED_UNIT_NAMES: Readonly<Record<string, string>> = table(${JSON.stringify(sorted(names))});
/** Unit symbols as written, case-sensitive ("MW", "kWh", "GHz", "mSv") → the unit written in the output. */
export const GENERATED_UNIT_SYMBOLS: Readonly<Record<string, string>> = table(${JSON.stringify(sorted(symbols))});
`;
writeFileSync('src/lexicon/generated/units.ts', out);
console.error(`build-units: ${names.size} names, ${symbols.size} symbols, ${clash.size} dropped as ambiguous (${[...clash].join(' ')})`);
