// A units test set from another library: the units named in convert-units' own test cases
// (`convert(n).from('km')`), each written after a number as a symbol and as its plural name, in
// a short sentence. Prints recall and precision of quantity facts with the right value.
// Usage: node scripts/check-units.mjs DIR   (DIR = an unpacked convert-units package:
//        npm pack convert-units@2.3.4 && tar xzf convert-units-2.3.4.tgz → DIR=package)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { extractFacts } from '../dist/index.js';

const dir = process.argv[2];
if (!dir) {
  console.error('check-units: give the folder of an unpacked convert-units package (see the header of this script).');
  process.exit(2);
}
const require = createRequire(join(process.cwd(), 'x.js'));
const abbrs = new Set();
for (const f of readdirSync(join(dir, 'test'))) {
  for (const m of readFileSync(join(dir, 'test', f), 'utf8').matchAll(/\.from\('([^']+)'\)/g)) abbrs.add(m[1]);
}
const names = new Map();
for (const f of readdirSync(join(dir, 'lib', 'definitions'))) {
  const def = require(resolve(dir, 'lib', 'definitions', f));
  for (const system of Object.keys(def).filter((k) => !k.startsWith('_'))) {
    for (const [abbr, u] of Object.entries(def[system])) names.set(abbr, u.name.plural.toLowerCase());
  }
}
const cases = [];
for (const abbr of [...abbrs].sort()) {
  if (!names.has(abbr)) continue; // "nonexistant unit"
  cases.push({ surface: abbr, text: `The reading was 12 ${abbr} on Monday.` });
  cases.push({ surface: names.get(abbr), text: `The reading was 12 ${names.get(abbr)} on Monday.` });
}
let found = 0;
let wrong = 0;
const missed = [];
for (const c of cases) {
  const facts = extractFacts(c.text, { only: ['numbers'] }).numbers;
  const at = c.text.indexOf('12');
  const hit = facts.find((f) => f.start <= at && f.end > at);
  if (hit && hit.kind === 'quantity' && hit.value === 12 && hit.end > at + 2) found++;
  else missed.push(c.surface);
  if (hit && hit.kind !== 'quantity' && hit.kind !== 'cardinal') wrong++;
}
console.log(`units test set (convert-units): ${cases.length} cases, recall ${(found / cases.length).toFixed(3)} (${found}), other kinds ${wrong}`);
if (process.argv.includes('--missed')) console.log(missed.join(' | '));
