/**
 * scripts/compromise-start.mjs: the bundles' compromise, with its lexicon expanded at build time
 * and its model merge without an object per key, must build the same world as compromise itself.
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without declarations
import { compromiseStart } from '../../scripts/compromise-start.mjs';

type Nlp = ((text: string) => { json(): unknown }) & { world(): object };

const dir = mkdtempSync(join(tmpdir(), 'ef-compromise-start-'));

/** compromise bundled as CommonJS, with the given plugins, and loaded. */
async function bundledCompromise(name: string, plugins: Plugin[]): Promise<Nlp> {
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, "import nlp from 'compromise';\nexport { nlp };\n");
  const outfile = join(dir, `${name}.cjs`);
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', nodePaths: [join(process.cwd(), 'node_modules')], plugins });
  return (createRequire(import.meta.url)(outfile) as { nlp: Nlp }).nlp;
}

/**
 * Differences between two object graphs: types, primitive values, own keys in order, and
 * sharing (an object met again in one graph must be the object met at the same place in the
 * other). Functions are compared by kind and arity only: esbuild renames locals between bundles,
 * and with them the names of functions ('toSuperlative' in one bundle is 'toSuperlative2' in another).
 */
function graphDifferences(a: unknown, b: unknown, limit = 10): string[] {
  const found: string[] = [];
  const placeA = new Map<object, string>();
  const placeB = new Map<object, string>();
  const walk = (x: unknown, y: unknown, path: string): void => {
    if (found.length >= limit) return;
    const kind = (v: unknown) => Object.prototype.toString.call(v);
    if (kind(x) !== kind(y)) return void found.push(`${path}: ${kind(x)} vs ${kind(y)}`);
    if (x === null || (typeof x !== 'object' && typeof x !== 'function')) {
      if (!Object.is(x, y)) found.push(`${path}: ${String(x)} vs ${String(y)}`);
      return;
    }
    const ox = x as object;
    const oy = y as object;
    if (placeA.has(ox) || placeB.has(oy)) {
      if (placeA.get(ox) !== placeB.get(oy)) found.push(`${path}: shared with ${placeA.get(ox)} vs ${placeB.get(oy)}`);
      return;
    }
    placeA.set(ox, path);
    placeB.set(oy, path);
    if (typeof ox === 'function' && (ox as (...args: unknown[]) => unknown).length !== (oy as (...args: unknown[]) => unknown).length) found.push(`${path}: arity`);
    if (ox instanceof RegExp) {
      if (String(ox) !== String(oy)) found.push(`${path}: ${String(ox)} vs ${String(oy)}`);
      return;
    }
    const keysX = Reflect.ownKeys(ox).map(String);
    const keysY = Reflect.ownKeys(oy).map(String);
    if (keysX.join('\u0000') !== keysY.join('\u0000')) return void found.push(`${path}: keys differ (${keysX.length} vs ${keysY.length})`);
    for (const key of Reflect.ownKeys(ox)) {
      if (typeof ox === 'function' && key === 'name') continue;
      const dx = Object.getOwnPropertyDescriptor(ox, key)!;
      const dy = Object.getOwnPropertyDescriptor(oy, key)!;
      if ('value' in dx) walk(dx.value, dy.value, `${path}.${String(key)}`);
    }
  };
  walk(a, b, '');
  return found;
}

describe('compromise-start', () => {
  let plain: Nlp;
  let edited: Nlp;
  beforeAll(async () => {
    plain = await bundledCompromise('plain', []);
    edited = await bundledCompromise('edited', [await compromiseStart()]);
  }, 60_000);

  test('builds the same world: model, methods, compute, hooks, sharing included', () => {
    expect(graphDifferences(plain.world(), edited.world())).toEqual([]);
  });

  test('the comparison sees a changed word, a reordered key and a list no longer shared', () => {
    const lexicon = (edited.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
    const copy = () => structuredClone(lexicon); // keeps the sharing
    expect(graphDifferences(lexicon, copy())).toEqual([]);
    const unshared = copy();
    unshared.his = [...(unshared.his as string[])];
    expect(graphDifferences(lexicon, unshared)).toEqual([expect.stringMatching(/^\.\w+: shared with /)]);
    const first = Object.keys(lexicon)[0]!;
    const changed = copy();
    changed[first] = 'Changed';
    expect(graphDifferences(lexicon, changed)).toEqual([`.${first}: ${String(lexicon[first])} vs Changed`]);
    const reordered = copy();
    delete reordered[first];
    reordered[first] = lexicon[first];
    expect(graphDifferences(lexicon, reordered)).toEqual([expect.stringMatching(/^: keys differ/)]);
  });

  test('tags text the same', () => {
    const text = 'The prime minister said on Tuesday that 3,000 jobs were cut at the Nissan plant in Sunderland; his deputy wasn\'t there.';
    // term ids carry a random part
    const tagged = (nlp: Nlp) => JSON.stringify(nlp(text).json(), (key, value: unknown) => (key === 'id' ? undefined : value));
    expect(tagged(edited)).toBe(tagged(plain));
  });
});
