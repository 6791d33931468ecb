// Output check for speed work: builds another revision (default `main`) beside this checkout and
// runs both CLIs over the BBC corpus and every eval dev set, then compares the JSONL byte for byte.
// This checkout runs with --jobs 1 (in process) and --jobs 2 (worker threads); the base with --jobs 1.
//
//   node scripts/same-output.mjs [--base REV] [--limit N]     (after node scripts/build.mjs)
//
// The base is exported with `git archive` into a temporary folder (no worktree, no checkout
// touched) and built there with this checkout's node_modules. Exit code 1 on any difference.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const { values: args } = parseArgs({ options: { base: { type: 'string', default: 'main' }, limit: { type: 'string' } } });

function inputs() {
  const list = [join(SHARED, 'corpus/bbc-news/articles.jsonl')];
  const sets = readdirSync(join(SHARED, 'eval'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const set of sets) {
    // every dev split (dev.jsonl, and dev-reported.jsonl where a set has one)
    const folder = join(SHARED, 'eval', set);
    for (const file of readdirSync(folder).sort()) if (/^dev.*\.jsonl$/.test(file)) list.push(join(folder, file));
  }
  return list.filter(existsSync);
}

function run(cli, input, jobs) {
  const r = spawnSync(process.execPath, [cli, input, '--jsonl', '--quiet', '--jobs', String(jobs)], {
    encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, EXTRACT_FACTS_JOBS: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cli} ${input} exited ${r.status}:\n${r.stderr}`);
  return { out: r.stdout, err: r.stderr, status: r.status };
}

const dir = mkdtempSync(join(tmpdir(), 'ef-same-'));
let differences = 0;
try {
  const archive = execFileSync('git', ['archive', '--format=tar', args.base], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: dir, stdio: 'inherit' });
  const base = join(dir, 'bin/extract-facts.js');
  const ours = join(ROOT, 'bin/extract-facts.js');
  for (let input of inputs()) {
    if (args.limit) {
      const cut = join(dir, `limit-${input.split('/').slice(-2).join('-')}`);
      writeFileSync(cut, readFileSync(input, 'utf8').split('\n').filter((l) => l.trim()).slice(0, Number(args.limit)).join('\n') + '\n');
      input = cut;
    }
    const want = run(base, input, 1);
    for (const jobs of [1, 2]) {
      const got = run(ours, input, jobs);
      const same = got.out === want.out && got.err === want.err && got.status === want.status;
      const lines = want.out.split('\n').length - 1;
      console.log(`${same ? 'same' : 'DIFFERENT'}  ${input.slice(input.lastIndexOf('/', input.lastIndexOf('/') - 1) + 1)}  --jobs ${jobs}  (${lines} lines, ${want.out.length} bytes)`);
      if (!same) {
        differences++;
        const a = want.out.split('\n');
        const b = got.out.split('\n');
        const at = a.findIndex((line, i) => line !== b[i]);
        if (at >= 0) console.log(`  first different line: ${at + 1}`);
        if (got.err !== want.err) console.log('  stderr differs');
        if (got.status !== want.status) console.log(`  exit code ${want.status} → ${got.status}`);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(differences === 0 ? `\nbyte-identical to ${args.base}` : `\n${differences} outputs differ from ${args.base}`);
process.exit(differences === 0 ? 0 : 1);
