// esbuild plugin: compromise's lexicon, expanded once at build time instead of at every start.
//
// compromise's pre-tagger model (src/2-two/preTagger/model/index.js) unpacks its packed word lists
// (efrt, lexicon/index.js) and then grows them with every conjugation, plural and comparative it
// can derive (_expand/index.js) each time the module is loaded: about 25 + 50 ms on one core, in
// every process and every worker thread, always with the same result. The build runs that very
// module once, stores the five objects the expansion leaves behind (lexicon, switches, frozenLex,
// _multiCache, uncountable) as one JSON string, and gives the bundles a copy of the module that
// takes them from `JSON.parse` (about 10 ms) instead. Nothing else of the module changes.
//
// Exactness: JSON keeps the keys in their order (V8 orders keys the same way however an object is
// built) and the values (strings, numbers, booleans, lists of strings: checked below); the one
// thing it loses, a list shared by several words ('his', 'her', … share one ['Possessive',
// 'Pronoun']), is stored as an alias and shared again after parsing. The build compares the
// restored objects with the originals (keys, order, values, sharing) and fails on any difference,
// and on a compromise whose module text no longer reads as expected.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const MODEL_MODULE = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const VIRTUAL = 'precomputed-lexicon:compromise';

/** The text of compromise's model module and what it becomes: [original, replacement], each found exactly once. */
const EDITS = [
  ["import { lexicon, switches, frozenLex } from './lexicon/index.js'", `import expanded from '${VIRTUAL}'\nconst { lexicon, switches, frozenLex } = expanded`],
  ["import expandLexicon from './_expand/index.js'", ''],
  ['model = expandLexicon(model)', 'model.one._multiCache = expanded._multiCache\nmodel.two.uncountable = expanded.uncountable'],
];

/** The objects the expansion leaves in the model, by name. */
function expandedParts(model) {
  return {
    lexicon: model.one.lexicon,
    switches: model.two.switches,
    frozenLex: model.one.frozenLex,
    _multiCache: model.one._multiCache,
    uncountable: model.two.uncountable,
  };
}

const isPlainValue = (v) => ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** `{ parts, aliases }`: aliases are [part, key, part of the first holder, its key] for each list seen before. */
function serializable(parts) {
  const firstHolder = new Map();
  const aliases = [];
  for (const [part, object] of Object.entries(parts)) {
    if (Object.getPrototypeOf(object) !== Object.prototype) throw new Error(`precomputed-lexicon: ${part} is not a plain object`);
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (key === '__proto__' || !isPlainValue(value)) throw new Error(`precomputed-lexicon: ${part}[${JSON.stringify(key)}] does not survive JSON`);
      if (!Array.isArray(value)) continue;
      const holder = firstHolder.get(value);
      if (holder) aliases.push([part, key, ...holder]);
      else firstHolder.set(value, [part, key]);
    }
  }
  return { parts, aliases };
}

/** Parses what `serializable` gave and shares the aliased lists again (what the bundle runs). */
function restore(json) {
  const { parts, aliases } = JSON.parse(json);
  for (const [part, key, fromPart, fromKey] of aliases) parts[part][key] = parts[fromPart][fromKey];
  return parts;
}

/** Every key in order, each list with the first key that holds that very list. */
function shape(parts) {
  const first = new Map();
  const lines = [];
  for (const [part, object] of Object.entries(parts)) {
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (Array.isArray(value) && !first.has(value)) first.set(value, `${part}.${key}`);
      lines.push(Array.isArray(value) ? `${part}.${key} = ${first.get(value)}` : `${part}.${key}`);
    }
  }
  return lines.join('\n');
}

/** Same keys in the same order, same values, and lists shared where the originals share them. */
const sameParts = (a, b) => isDeepStrictEqual(a, b) && shape(a) === shape(b);

export async function precomputedLexicon() {
  // compromise's ES module entry is src/three.js, the module sits beside it.
  const url = new URL('./2-two/preTagger/model/index.js', import.meta.resolve('compromise'));
  const file = fileURLToPath(url);
  const { default: model } = await import(url.href);
  const parts = expandedParts(model);
  const json = JSON.stringify(serializable(parts));
  if (!sameParts(restore(json), parts)) throw new Error('precomputed-lexicon: the JSON copy of the expanded lexicon differs from the original');
  let moduleText = readFileSync(file, 'utf8');
  for (const [from, to] of EDITS) {
    if (moduleText.split(from).length !== 2) throw new Error(`precomputed-lexicon: ${file} no longer has exactly one "${from}"`);
    moduleText = moduleText.replace(from, to);
  }
  const virtualText = `const restore = ${restore.toString()};\nexport default restore(${JSON.stringify(json)});\n`;
  return {
    name: 'precomputed-lexicon',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${VIRTUAL}$`) }, () => ({ path: VIRTUAL, namespace: 'precomputed-lexicon' }));
      build.onLoad({ filter: /.*/, namespace: 'precomputed-lexicon' }, () => ({ contents: virtualText, loader: 'js' }));
      build.onLoad({ filter: MODEL_MODULE }, (args) => {
        if (args.path !== file) throw new Error(`precomputed-lexicon: a second compromise at ${args.path} (expected ${file})`);
        return { contents: moduleText, loader: 'js', resolveDir: dirname(file) };
      });
    },
  };
}
