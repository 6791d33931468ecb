// How often `counts` (the counted noun) is right on the cardinals that the scorer matches.
// Matching is the scorer's own (src/score/match.ts): one to one, lenient overlap and the same
// value, over predictions of a kind in scope and outside `numbers_excluded`. A count is right when
// it equals the gold `counts`, case-insensitively (both null counts as right).
// Usage: node scripts/number-counts.mjs [gold.jsonl ...] [--list]   (after `npm run build`)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { extractFacts } from '../dist/index.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) files.push('../shared/eval/bbc-facts/dev.jsonl');
const list = args.includes('--list');

const bundled = await build({ entryPoints: ['src/score/match.ts'], bundle: true, write: false, format: 'esm', logLevel: 'error' });
const { matchSpans, overlapsAny } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const same = (a, b) => a !== null && b !== null && Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
for (const file of files) {
  let matched = 0;
  let right = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line);
    if (!(gold.annotated ?? []).includes('numbers')) continue;
    const goldSpans = gold.numbers ?? [];
    const scope = gold.numbers_scope ? new Set(gold.numbers_scope) : null;
    const predicted = extractFacts(gold.text, { only: ['numbers'] }).numbers.filter(
      (n) => (scope === null || scope.has(n.kind)) && !overlapsAny(n, gold.numbers_excluded ?? []),
    );
    const { pairs } = matchSpans(goldSpans, predicted, 'lenient', (g, p) => same(goldSpans[g].value, predicted[p].value));
    for (const [g, p] of pairs) {
      const want = goldSpans[g];
      if (want.kind !== 'cardinal' || !('counts' in want)) continue;
      matched++;
      const got = predicted[p].counts;
      if ((want.counts ?? '').toLowerCase() === (got ?? '').toLowerCase()) right++;
      else if (list) console.log(`${gold.id}\t${want.text}\tgold=${want.counts}\tpredicted=${got}`);
    }
  }
  console.log(`${file}\tcounts right on matched cardinals: ${right}/${matched} = ${(matched ? right / matched : 0).toFixed(3)}`);
}
