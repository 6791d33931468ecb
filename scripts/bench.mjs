// Benchmark (`npm run bench` = build + this). Everything is measured in one run, each measurement in
// its own child process (clean heap, its own peak RSS), and reported as ratios against a bare
// compromise parse of the same texts measured in the same run, because the machine is shared and
// absolute numbers are noisy.
//
//   node scripts/bench.mjs [--only batch,profile,cold,long,views,scaling,cores] [--limit N] [--jobs N] [--reps N]
//                          [--long-mb 5] [--corpus path] [--json out.json]
//
//   batch    bare `nlp(text)` per article  vs  extractFacts in process (--jobs 1)  vs  the worker
//            engine (--jobs N): KB/s, documents/s, peak RSS, ratios
//   profile  time per pipeline stage (CPU profile of the in-process run, inclusive time per stage function)
//   cold     CLI wall time on the seed article vs `node -e` + import compromise + parse (median of --reps)
//   long     one document of --long-mb MB (BBC texts concatenated): time per KB vs normal articles, RSS
//   views    the 2,225 articles rendered to one HTML page (in process), and `extract-facts aggregate`
//            over their JSONL (the CLI, start-up included), each against extracting them (--jobs 1)
//   scaling  what this machine gives --jobs N threads at best, with no pool and no messages: N worker
//            threads vs 1 on pure arithmetic, on allocation-heavy JS, and on our extraction with
//            each worker reading its own share of the corpus (the ceiling for --jobs N / --jobs 1)
//   cores    what a user who pays for cores gets, on the first --limit (default 800) articles, medians
//            of --reps runs interleaved so that load from other processes hits every side alike:
//            (a) one pinned core (`taskset -c 0`): extraction in process vs a bare compromise parse;
//            (b) two cores: the CLI with --jobs 1, --jobs 2 and no --jobs under `taskset -c 0,1`
//            vs the CLI with --jobs 1 under `taskset -c 0` (wall time of the whole command)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);
const SEED = join(ROOT, 'fixtures/articles/syria-turkey-defense.txt');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus/bbc-news/articles.jsonl');
/** The parts that read the corpus (cold reads the seed article only). */
const CORPUS_PARTS = ['batch', 'profile', 'long', 'views', 'scaling', 'cores'];
/** Articles the cores part reads when --limit is not given. */
const CORES_LIMIT = 800;

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'batch,profile,cold,long,views,scaling,cores' },
    facts: { type: 'string' },
    limit: { type: 'string' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    reps: { type: 'string', default: '7' },
    'long-mb': { type: 'string', default: '5' },
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    json: { type: 'string' },
    child: { type: 'string' },
  },
});

function loadCorpus() {
  const limit = args.limit ? Number(args.limit) : Infinity;
  const docs = [];
  for (const line of readFileSync(args.corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (docs.length >= limit) break;
    const r = JSON.parse(line);
    docs.push({ id: r.id, source: r.source ?? '-', text: r.text });
  }
  return docs;
}

function longText(megabytes) {
  const target = megabytes * 1024 * 1024;
  const texts = [];
  let size = 0;
  for (const line of readFileSync(args.corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text } = JSON.parse(line);
    texts.push(text);
    size += text.length + 2;
    if (size >= target) break;
  }
  let joined = texts.join('\n\n');
  while (joined.length < target) joined += '\n\n' + joined.slice(0, target - joined.length);
  return joined;
}

const kb = (chars) => chars / 1024;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU time (user + system, all threads of this process) since `start`: steadier than wall time on a busy machine. */
const cpuMs = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

// ---------------------------------------------------------------- children (one measurement each)

async function child(mode) {
  const result = await CHILDREN[mode]();
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: peakRssMb() }) + '\n');
}

const CHILDREN = {
  async bare() {
    const docs = loadCorpus();
    const { default: nlp } = await import('compromise');
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let chars = 0;
    for (const d of docs) {
      nlp(d.text);
      chars += d.text.length;
    }
    return { docs: docs.length, chars, ms: performance.now() - t0, cpuMs: cpuMs(c0) };
  },
  async jobs1() {
    const docs = loadCorpus();
    const { extractFacts } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
    extractFacts('Warm up.', {});
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let chars = 0;
    let out = 0;
    for (const d of docs) {
      out += JSON.stringify(extractFacts(d.text, { id: d.id, source: d.source })).length;
      chars += d.text.length;
    }
    return { docs: docs.length, chars, ms: performance.now() - t0, cpuMs: cpuMs(c0), outBytes: out };
  },
  async jobsN() {
    const docs = loadCorpus();
    const jobs = Number(args.jobs);
    const { createEngine, mapOrdered, defaultWindow } = await import(pathToFileURL(join(ROOT, 'dist/batch.js')).href);
    const engine = createEngine({ jobs });
    // Start every worker and load the library in each before the clock starts (reported apart).
    const w0 = performance.now();
    await Promise.all(Array.from({ length: jobs }, (_, i) => engine.extract({ id: `warm-${i}`, source: '-', text: 'Warm up.' })));
    const warmMs = performance.now() - w0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let chars = 0;
    let out = 0;
    let failed = 0;
    for await (const r of mapOrdered(docs, (d) => engine.extract(d), { window: defaultWindow(jobs) })) {
      out += JSON.stringify(r.facts).length;
      if (r.error) failed++;
    }
    for (const d of docs) chars += d.text.length;
    const ms = performance.now() - t0;
    const cpu = cpuMs(c0);
    await engine.close();
    return { docs: docs.length, chars, ms, cpuMs: cpu, warmMs, outBytes: out, failed, jobs };
  },
  async profile() {
    const docs = loadCorpus();
    const text = args.child === 'profile-long' ? longText(Number(args['long-mb'])) : null;
    const { extractFacts } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
    extractFacts('Warm up.', {});
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const t0 = performance.now();
    if (text) extractFacts(text, {});
    else for (const d of docs) extractFacts(d.text, { id: d.id, source: d.source });
    const ms = performance.now() - t0;
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    return { ms, chars: text ? text.length : docs.reduce((n, d) => n + d.text.length, 0), stages: stageTimes(profile) };
  },
  async long() {
    const megabytes = Number(args['long-mb']);
    const text = longText(megabytes);
    const { extractFacts } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
    extractFacts('Warm up.', {});
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const facts = extractFacts(text, { id: 'long', source: '-' });
    const ms = performance.now() - t0;
    const counts = Object.fromEntries(['people', 'dates', 'numbers', 'quotes'].map((k) => [k, facts[k].length]));
    return { chars: text.length, ms, cpuMs: cpuMs(c0), counts };
  },
  /** Extraction (timed), then the HTML page of all documents (timed); writes the JSONL for `aggregate`. */
  async views() {
    const docs = loadCorpus();
    const { extractFacts, render } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
    extractFacts('Warm up.', {});
    render('html', [extractFacts('Warm up.', {})], { texts: ['Warm up.'] });
    let t0 = performance.now();
    const results = docs.map((d) => extractFacts(d.text, { id: d.id, source: d.source }));
    const extractMs = performance.now() - t0;
    t0 = performance.now();
    const page = render('html', results, { texts: docs.map((d) => d.text) });
    const htmlMs = performance.now() - t0;
    writeFileSync(args.facts, results.map((r) => JSON.stringify(r) + '\n').join(''));
    return { docs: docs.length, extractMs, htmlMs, htmlMb: page.length / 1024 / 1024 };
  },
};
CHILDREN['profile-long'] = CHILDREN.profile;

/**
 * Code run by each worker of the scaling probe (eval'd, CommonJS): load what it needs, say so,
 * wait for "go", do its share of the work, report. `share` = [index, of].
 */
const SCALING_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { task, share: [index, of], units, lib, corpus, limit } = workerData;
function arithmetic() { let x = 0; for (let i = 0; i < 1e8; i++) x = (x + i * 7) % 1000003; return x; }
function allocation() {
  let s = 0; const keep = [];
  for (let i = 0; i < 1e6; i++) {
    const o = { a: i, b: 'x' + i, c: [i, i + 1] };
    s += o.b.length + o.c.length;
    if (i % 100 === 0) keep.push(o);
    if (keep.length > 20000) keep.length = 0;
  }
  return s;
}
(async () => {
  let run;
  if (task === 'extraction') {
    const { extractFacts } = await import(lib);
    extractFacts('Warm up.', {});
    const texts = readFileSync(corpus, 'utf8').split('\\n').filter((l) => l.trim()).slice(0, limit ?? undefined).filter((_, k) => k % of === index).map((l) => JSON.parse(l).text);
    run = () => { for (const t of texts) JSON.stringify(extractFacts(t, {})); };
  } else {
    const unit = task === 'arithmetic' ? arithmetic : allocation;
    run = () => { for (let u = index; u < units; u += of) unit(); };
  }
  parentPort.postMessage('loaded');
  parentPort.once('message', () => { run(); parentPort.postMessage('done'); });
})();
`;

/** Wall ms for `threads` workers splitting `task` (timed from "go", after every worker has loaded). */
async function scalingRun(task, threads) {
  const { Worker } = await import('node:worker_threads');
  const lib = pathToFileURL(join(ROOT, 'dist/index.js')).href;
  const workers = Array.from({ length: threads }, (_, index) =>
    new Worker(SCALING_WORKER, { eval: true, workerData: { task, share: [index, threads], units: 8, lib, corpus: args.corpus, limit: args.limit ? Number(args.limit) : null } }));
  const next = (w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
  await Promise.all(workers.map(next));
  const t0 = performance.now();
  const done = workers.map(next);
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const ms = performance.now() - t0;
  await Promise.all(workers.map((w) => w.terminate()));
  return ms;
}

CHILDREN.scaling = async () => {
  const jobs = Number(args.jobs);
  const out = {};
  for (const task of ['arithmetic', 'allocation', 'extraction']) {
    const one = await scalingRun(task, 1);
    const many = await scalingRun(task, jobs);
    out[task] = { oneMs: one, manyMs: many, speedup: one / many };
  }
  return { jobs, tasks: out };
};

/** Stage functions: the ones src/pipeline.ts imports, plus compromise's on-demand sentence parse. */
function stageNames() {
  const source = readFileSync(join(ROOT, 'src/pipeline.ts'), 'utf8');
  const names = [];
  for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\/(?:doc|extract|resolve)\/[^']*'/g)) {
    for (const part of m[1].split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) names.push(name);
    }
  }
  return names;
}

/** Inclusive time (ms) per stage function; `parseTerms` (compromise) is counted apart, inside its stage too. */
function stageTimes(profile) {
  const stages = new Set(stageNames());
  const parent = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = {};
  const cache = new Map();
  const labelsOf = (id) => {
    if (cache.has(id)) return cache.get(id);
    const labels = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur).callFrame.functionName;
      if (stages.has(name)) labels.add(name);
      if (name === 'parseTerms') labels.add('(compromise parseTerms)');
    }
    cache.set(id, labels);
    return labels;
  };
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    all += dt;
    const labels = labelsOf(id);
    if (labels.size === 0) labels.add('(other)');
    for (const label of labels) totals[label] = (totals[label] ?? 0) + dt;
  });
  return { totalMs: all, byStage: Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1])) };
}

// ---------------------------------------------------------------- parent (orchestration, report)

function runChild(mode, extra = []) {
  const childArgs = [SELF, '--child', mode, '--corpus', args.corpus, '--jobs', args.jobs, '--long-mb', args['long-mb'], ...(args.facts ? ['--facts', args.facts] : [])];
  if (args.limit) childArgs.push('--limit', args.limit);
  const r = spawnSync(process.execPath, [...extra, ...childArgs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function wallMs(argv, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...options });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const f = (x, digits = 1) => x.toFixed(digits);
const line = (label, r) =>
  `  ${label.padEnd(26)} ${f(kb(r.chars) / (r.ms / 1000), 0).padStart(7)} KB/s ${f(r.docs / (r.ms / 1000)).padStart(8)} docs/s ` +
  `${f(r.ms / 1000, 2).padStart(7)} s wall ${f(r.cpuMs / 1000, 2).padStart(7)} s CPU   peak RSS ${f(r.peakRssMb, 0).padStart(4)} MB`;

async function main() {
  if (args.child) return child(args.child);
  const only = new Set(args.only.split(','));
  if (CORPUS_PARTS.some((part) => only.has(part)) && !existsSync(args.corpus)) {
    console.error(`bench: ${args.corpus} not found (the corpus is not in the repository): put the shared folder beside the project, pass --corpus, or run --only cold`);
    process.exit(2);
  }
  const report = { machine: { cores: availableParallelism(), loadavgBefore: loadavg().map((x) => +x.toFixed(2)), node: process.version } };
  console.log(`extract-facts bench — ${report.machine.cores} cores, node ${process.version}, load average ${report.machine.loadavgBefore.join(' ')}`);

  if (only.has('batch')) {
    const bare = runChild('bare');
    const one = runChild('jobs1');
    const many = runChild('jobsN');
    report.batch = { bare, jobs1: one, jobsN: many };
    const rate = (r) => r.chars / r.ms;
    const cpuRate = (r) => r.chars / r.cpuMs;
    console.log(`\nbatch: ${bare.docs} documents, ${f(kb(bare.chars) / 1024, 2)} MB of text (${args.corpus})`);
    console.log(line('bare compromise nlp(text)', bare));
    console.log(line('extract --jobs 1', one));
    console.log(line(`extract --jobs ${many.jobs}`, many) + `   (+${f(many.warmMs / 1000, 2)} s worker start, not timed)`);
    if (many.failed) console.log(`  !! ${many.failed} documents failed in the worker run`);
    if (one.outBytes !== many.outBytes) console.log(`  !! output sizes differ: ${one.outBytes} vs ${many.outBytes} bytes`);
    report.batch.ratios = {
      jobs1VsBare: rate(one) / rate(bare),
      jobsNVsJobs1: rate(many) / rate(one),
      jobsNVsBare: rate(many) / rate(bare),
      jobs1VsBareCpu: cpuRate(one) / cpuRate(bare),
      jobsNCpuEfficiency: cpuRate(many) / cpuRate(one),
    };
    console.log(`  ratios: --jobs 1 / bare = ${f(report.batch.ratios.jobs1VsBare, 2)}× (goal ≥ 1.0, 2.0)   ` +
      `--jobs ${many.jobs} / --jobs 1 = ${f(report.batch.ratios.jobsNVsJobs1, 2)}× (goal ≥ 1.7)   ` +
      `--jobs ${many.jobs} / bare = ${f(report.batch.ratios.jobsNVsBare, 2)}×`);
    console.log(`  by CPU time (less sensitive to other load): --jobs 1 / bare = ${f(report.batch.ratios.jobs1VsBareCpu, 2)}×   ` +
      `--jobs ${many.jobs} work per CPU-second vs --jobs 1 = ${f(report.batch.ratios.jobsNCpuEfficiency, 2)}× (1.0 = no pool overhead)`);
  }

  if (only.has('profile')) {
    const p = runChild('profile');
    report.profile = p;
    printStages(`stages (in process, CPU profile over ${f(p.ms / 1000, 2)} s, inclusive ms; compromise counted inside its stage too)`, p);
  }

  if (only.has('cold')) {
    const reps = Number(args.reps);
    const bareScript = `import nlp from 'compromise'; import { readFileSync } from 'node:fs'; nlp(readFileSync(${JSON.stringify(SEED)}, 'utf8'));`;
    const bareArgv = ['--input-type=module', '-e', bareScript];
    const cliArgv = [join(ROOT, 'bin/extract-facts.js'), SEED];
    wallMs(bareArgv);
    wallMs(cliArgv);
    const bare = [];
    const cli = [];
    for (let i = 0; i < reps; i++) {
      // Alternate, so that a load spike hits both sides alike.
      if (i % 2) { cli.push(wallMs(cliArgv)); bare.push(wallMs(bareArgv)); } else { bare.push(wallMs(bareArgv)); cli.push(wallMs(cliArgv)); }
    }
    report.cold = { bareMs: median(bare), cliMs: median(cli), ratio: median(cli) / median(bare), reps };
    console.log(`\ncold start, one article (${SEED.slice(ROOT.length + 1)}), median of ${reps}:`);
    console.log(`  node -e import compromise + nlp(text)   ${f(report.cold.bareMs, 0).padStart(6)} ms`);
    console.log(`  extract-facts <article>                 ${f(report.cold.cliMs, 0).padStart(6)} ms   ratio ${f(report.cold.ratio, 2)}× (goal ≤ 1.2)`);
  }

  if (only.has('long')) {
    const long = runChild('long');
    const ref = report.batch?.jobs1 ?? runChild('jobs1');
    const perKb = (r) => r.ms / kb(r.chars);
    const cpuPerKb = (r) => r.cpuMs / kb(r.chars);
    report.long = {
      ...long,
      msPerKb: perKb(long),
      articlesMsPerKb: perKb(ref),
      ratio: perKb(long) / perKb(ref),
      cpuRatio: cpuPerKb(long) / cpuPerKb(ref),
    };
    console.log(`\none long document: ${f(kb(long.chars) / 1024, 2)} MB (BBC texts concatenated), in process`);
    console.log(`  ${f(long.ms / 1000, 2)} s, ${f(perKb(long), 2)} ms/KB vs ${f(perKb(ref), 2)} ms/KB for articles: ` +
      `ratio ${f(report.long.ratio, 2)}× (by CPU time ${f(report.long.cpuRatio, 2)}×; goal ≤ 1.5)   peak RSS ${f(long.peakRssMb, 0)} MB (goal < 300)`);
    console.log(`  facts: ${Object.entries(long.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (only.has('profile')) {
      const p = runChild('profile-long');
      report.profileLong = p;
      printStages('stages of the long document (inclusive ms)', p);
    }
  }

  if (only.has('views')) {
    args.facts = join(mkdtempSync(join(tmpdir(), 'ef-bench-')), 'facts.jsonl');
    const v = runChild('views');
    const cli = join(ROOT, 'bin/extract-facts.js');
    wallMs([cli, 'aggregate', args.facts], { stdio: ['ignore', 'ignore', 'pipe'] });
    const aggregateMs = median(Array.from({ length: 3 }, () => wallMs([cli, 'aggregate', args.facts])));
    report.views = { ...v, aggregateMs, htmlVsExtract: v.htmlMs / v.extractMs, aggregateVsExtract: aggregateMs / v.extractMs };
    console.log(`\nviews: ${v.docs} documents extracted in process in ${f(v.extractMs / 1000, 2)} s`);
    console.log(`  html page of all of them (${f(v.htmlMb, 1)} MB), in process   ${f(v.htmlMs / 1000, 2).padStart(6)} s   ${f(report.views.htmlVsExtract, 3)}× the extraction (goal < 1)`);
    console.log(`  extract-facts aggregate over their JSONL (CLI, median of 3) ${f(aggregateMs / 1000, 2).padStart(6)} s   ${f(report.views.aggregateVsExtract, 3)}× the extraction (goal < 1)`);
    rmSync(dirname(args.facts), { recursive: true, force: true });
  }

  if (only.has('scaling')) {
    const sc = runChild('scaling');
    report.scaling = sc;
    console.log(`\nscaling: ${sc.jobs} worker threads vs 1, each thread doing its share, no pool, no messages (the ceiling for --jobs ${sc.jobs} / --jobs 1):`);
    const labels = { arithmetic: 'pure arithmetic', allocation: 'allocation-heavy JS', extraction: 'extraction (each reads its share)' };
    for (const [task, r] of Object.entries(sc.tasks)) {
      console.log(`  ${labels[task].padEnd(34)} ${f(r.oneMs / 1000, 2).padStart(6)} s → ${f(r.manyMs / 1000, 2).padStart(6)} s   ${f(r.speedup, 2)}×`);
    }
  }

  if (only.has('cores')) report.cores = await cores();

  report.machine.loadavgAfter = loadavg().map((x) => +x.toFixed(2));
  console.log(`\nload average after: ${report.machine.loadavgAfter.join(' ')}`);
  if (args.json) writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
}

/** `taskset` is util-linux; without it the cores part cannot pin anything. */
function hasTaskset() {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** Wall ms of `argv` run by node under `taskset -c cpus`, stdout to /dev/null. */
function pinnedWallMs(cpus, argv, env) {
  const t0 = performance.now();
  const r = spawnSync('taskset', ['-c', cpus, process.execPath, ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`taskset -c ${cpus} node ${argv.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return ms;
}

/** One bench child under `taskset -c cpus` (its own timed region and CPU time). */
function pinnedChild(cpus, mode, limit, nodeFlags = []) {
  const argv = [...nodeFlags, SELF, '--child', mode, '--corpus', args.corpus, '--limit', String(limit)];
  const r = spawnSync('taskset', ['-c', cpus, process.execPath, ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${mode} (taskset -c ${cpus}) failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * The cores part. (a) one pinned core: `extractFacts` in process (and JSON.stringify of the result)
 * vs bare `nlp(text)`, both timed inside a child pinned to CPU 0, twice: with node's default V8
 * flags (the library in someone else's process) and with the V8 tiering the CLI sets for itself
 * (`src/cli/tiering.ts`), given to both children alike. The tool's figure is the tiered extraction
 * against the faster of the two bare parses, so the flag cannot flatter it. (b) the CLI over a JSONL file of
 * the same articles, whole command (start-up, reading, workers, writing): --jobs 1 on CPU 0 against
 * --jobs 1, --jobs 2 and the default on CPUs 0 and 1. Every rep runs every arm, in an order that
 * alternates, and each figure is the median over reps.
 */
async function cores() {
  if (!hasTaskset()) {
    console.log('\ncores: skipped (taskset not found; it is in util-linux)');
    return null;
  }
  const limit = args.limit ? Number(args.limit) : CORES_LIMIT;
  const reps = Number(args.reps);
  const dir = mkdtempSync(join(tmpdir(), 'ef-cores-'));
  const input = join(dir, 'articles.jsonl');
  const lines = readFileSync(args.corpus, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit);
  writeFileSync(input, lines.join('\n') + '\n');
  const chars = lines.reduce((n, l) => n + JSON.parse(l).text.length, 0);
  const env = { ...process.env };
  delete env.EXTRACT_FACTS_JOBS;
  const cli = (jobs) => [join(ROOT, 'bin/extract-facts.js'), input, '--jsonl', '--quiet', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const { INTERRUPT_BUDGET } = await import(pathToFileURL(join(ROOT, 'dist/batch.js')).href);
  const tiered = [`--interrupt-budget=${INTERRUPT_BUDGET}`];
  const arms = {
    bare: () => pinnedChild('0', 'bare', limit).ms,
    inProcess: () => pinnedChild('0', 'jobs1', limit).ms,
    bareTiered: () => pinnedChild('0', 'bare', limit, tiered).ms,
    inProcessTiered: () => pinnedChild('0', 'jobs1', limit, tiered).ms,
    cli1on1: () => pinnedWallMs('0', cli(1), env),
    cli1on2: () => pinnedWallMs('0,1', cli(1), env),
    cli2on2: () => pinnedWallMs('0,1', cli(2), env),
    defaultOn2: () => pinnedWallMs('0,1', cli(null), env),
  };
  const names = Object.keys(arms);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const name of rep % 2 ? [...names].reverse() : names) times[name].push(arms[name]());
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const med = Object.fromEntries(names.map((n) => [n, median(times[n])]));
  const bestOn2 = Math.min(med.cli1on2, med.cli2on2);
  const result = {
    docs: lines.length,
    chars,
    reps,
    medianMs: med,
    runsMs: times,
    onePinnedVsBare: Math.min(med.bare, med.bareTiered) / med.inProcessTiered,
    libraryVsBare: med.bare / med.inProcess,
    twoCoresVsOne: med.cli1on1 / bestOn2,
    defaultVsOne: med.cli1on1 / med.defaultOn2,
    best: med.cli2on2 < med.cli1on2 ? 2 : 1,
  };
  const row = (label, ms) => `  ${label.padEnd(44)} ${f(ms / 1000, 2).padStart(7)} s  ${f(kb(chars) / (ms / 1000), 0).padStart(6)} KB/s`;
  console.log(`\ncores: ${lines.length} articles, ${f(kb(chars) / 1024, 2)} MB of text, median of ${reps} interleaved runs each`);
  console.log('  (a) one pinned core (taskset -c 0), timed inside the process');
  console.log(row('bare compromise nlp(text)', med.bare));
  console.log(row('extractFacts in process (--jobs 1)', med.inProcess));
  console.log("  the same, both under the CLI's V8 tiering (--interrupt-budget)");
  console.log(row('bare compromise nlp(text)', med.bareTiered));
  console.log(row('extractFacts in process (--jobs 1)', med.inProcessTiered));
  console.log(`  one pinned core / bare parse = ${f(result.onePinnedVsBare, 2)}× as the CLI runs (goal ≥ 5; against the faster bare parse); ` +
    `${f(result.libraryVsBare, 2)}× as a library with node's default flags`);
  console.log('  (b) the CLI, whole command (start-up, reading, writing JSONL to /dev/null)');
  console.log(row('taskset -c 0    --jobs 1', med.cli1on1));
  console.log(row('taskset -c 0,1  --jobs 1', med.cli1on2));
  console.log(row('taskset -c 0,1  --jobs 2', med.cli2on2));
  console.log(row('taskset -c 0,1  default --jobs', med.defaultOn2));
  console.log(`  two cores (best: --jobs ${result.best}) / one pinned core = ${f(result.twoCoresVsOne, 2)}× (goal ≥ 1.7); ` +
    `default / one pinned core = ${f(result.defaultVsOne, 2)}×`);
  return result;
}

function printStages(title, p) {
  console.log(`\n${title}:`);
  for (const [name, ms] of Object.entries(p.stages.byStage)) {
    console.log(`  ${name.padEnd(26)} ${f(ms, 0).padStart(7)} ms  ${f((100 * ms) / p.stages.totalMs, 1).padStart(5)} %   ${f(ms / kb(p.chars), 3)} ms/KB`);
  }
}

await main();
