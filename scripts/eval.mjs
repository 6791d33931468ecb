// npm run eval: score every dev set in ../shared/eval and print one table.
// Usage: node scripts/eval.mjs [dataset ...] [--only kinds]
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatScoreTable, scoreGoldFile } from '../dist/index.js';

const EVAL_DIR = process.env.EXTRACT_FACTS_EVAL_DIR ?? '../shared/eval';
if (!existsSync(EVAL_DIR)) {
  console.error(`eval: ${EVAL_DIR} not found (the eval sets are not in the repository): put the shared folder beside the project, or set EXTRACT_FACTS_EVAL_DIR`);
  process.exit(2);
}
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : undefined;
const wanted = args.filter((a, i) => !a.startsWith('--') && (onlyAt < 0 || i !== onlyAt + 1));
const sets = readdirSync(EVAL_DIR).filter((d) => existsSync(join(EVAL_DIR, d, 'dev.jsonl'))).sort();
const reports = [];
for (const set of sets) {
  if (wanted.length > 0 && !wanted.includes(set)) continue;
  const t0 = performance.now();
  reports.push(scoreGoldFile(join(EVAL_DIR, set, 'dev.jsonl'), only ? { only } : {}));
  console.error(`eval: ${set} scored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
process.stdout.write(formatScoreTable(reports));
