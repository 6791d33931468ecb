// esbuild plugin: compromise's start-up work done once at build time, or done cheaper. Every
// process and every worker thread loads compromise, and each worker is a new isolate that does it
// again, so what its modules compute as they load is paid once per worker (issue 18).
//
// 1. The expanded lexicon. compromise's pre-tagger model (src/2-two/preTagger/model/index.js)
// unpacks its packed word lists (efrt, lexicon/index.js) and then grows them with every
// conjugation, plural and comparative it can derive (_expand/index.js) each time the module is
// loaded: about 75 ms on one core, always with the same result. The build runs that very module
// once, stores the five objects the expansion leaves behind (lexicon, switches, frozenLex,
// _multiCache, uncountable) as one JSON string, and gives the bundles a copy of the module that
// takes them from `JSON.parse` (about 10 ms) instead. Nothing else of the module changes.
// Exactness: JSON keeps the keys in their order (V8 orders keys the same way however an object is
// built) and the values (strings, numbers, booleans, lists of strings: checked below); the one
// thing it loses, a list shared by several words ('his', 'her', … share one ['Possessive',
// 'Pronoun']), is stored as an alias and shared again after parsing. The build compares the
// restored objects with the originals (keys, order, values, sharing) and fails on any difference.
//
// 2. The model merge. Each plugin's model is deep-copied into compromise's world key by key
// (mergeDeep in src/API/extend.js), and every key was set through `Object.assign(model, { [key]:
// value })`: a new object per key, about 37,000 keys for the pre-tagger alone. The bundled copy
// sets `model[key] = value`, which is what that Object.assign does (one own enumerable key, set
// with [[Set]]; the unsafe keys are skipped before): about 50 -> 25 ms on one core.
//
// Every edit is a piece of compromise's text that must be found exactly once, so the build fails
// on a compromise whose modules no longer read as expected instead of bundling them unedited.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';

const VIRTUAL = 'compromise-start:expanded-lexicon';

/** compromise's modules that the bundles get edited, by path under compromise/src: [original text, replacement], each found exactly once. */
const EDITS = {
  '2-two/preTagger/model/index.js': [
    ["import { lexicon, switches, frozenLex } from './lexicon/index.js'", `import expanded from '${VIRTUAL}'\nconst { lexicon, switches, frozenLex } = expanded`],
    ["import expandLexicon from './_expand/index.js'", ''],
    ['model = expandLexicon(model)', 'model.one._multiCache = expanded._multiCache\nmodel.two.uncountable = expanded.uncountable'],
  ],
  'API/extend.js': [
    ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
    ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
  ],
};

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
    if (Object.getPrototypeOf(object) !== Object.prototype) throw new Error(`compromise-start: ${part} is not a plain object`);
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (key === '__proto__' || !isPlainValue(value)) throw new Error(`compromise-start: ${part}[${JSON.stringify(key)}] does not survive JSON`);
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

/** The edited text of compromise's module `file`. */
function edited(file, edits) {
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    if (text.split(from).length !== 2) throw new Error(`compromise-start: ${file} no longer has exactly one "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}

export async function compromiseStart() {
  // The compromise the bundles get (the onEnd check below fails the build if they get another one).
  const src = new URL('../node_modules/compromise/src/', import.meta.url);
  const { default: model } = await import(new URL('2-two/preTagger/model/index.js', src).href);
  const parts = expandedParts(model);
  // Every character past ASCII as a JSON escape: one character above U+00FF ('€', 'руб') would
  // make V8 store the whole string with two bytes a character, in the bundle and the code cache.
  const json = JSON.stringify(serializable(parts)).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (!sameParts(restore(json), parts)) throw new Error('compromise-start: the JSON copy of the expanded lexicon differs from the original');
  const virtualText = `const restore = ${restore.toString()};\nexport default restore(${JSON.stringify(json)});\n`;
  const texts = new Map(Object.entries(EDITS).map(([path, edits]) => {
    // esbuild loads a module by its real path: node_modules may be a symlink (scripts/same-output.mjs)
    const file = realpathSync(fileURLToPath(new URL(path, src)));
    return [file, edited(file, edits)];
  }));
  return {
    name: 'compromise-start',
    setup(build) {
      const seen = { compromise: false, edited: new Set() };
      build.onStart(() => {
        seen.compromise = false;
        seen.edited.clear();
      });
      build.onResolve({ filter: new RegExp(`^${VIRTUAL}$`) }, () => ({ path: VIRTUAL, namespace: 'compromise-start' }));
      build.onLoad({ filter: /.*/, namespace: 'compromise-start' }, () => ({ contents: virtualText, loader: 'js' }));
      build.onLoad({ filter: /[\\/]compromise[\\/]src[\\/].*\.js$/ }, (args) => {
        seen.compromise = true;
        const contents = texts.get(args.path);
        if (contents === undefined) return undefined;
        seen.edited.add(args.path);
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
      // A bundle with compromise in it but not the edited modules (another copy of compromise, a
      // path spelled otherwise) would silently be the slow one.
      build.onEnd(() => {
        const missed = [...texts.keys()].filter((file) => !seen.edited.has(file));
        if (seen.compromise && missed.length > 0) throw new Error(`compromise-start: compromise bundled without the edited ${missed.join(', ')}`);
      });
    },
  };
}
