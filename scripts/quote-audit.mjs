#!/usr/bin/env node
// Quote audit on gold files (after a build): reported speech without marks, and non-quotations in marks.
//   node scripts/quote-audit.mjs ../shared/eval/polnear/dev-reported.jsonl ../shared/eval/bbc-facts/dev.jsonl
// - records with `reported[]`: predictions of kind `indirect` against the gold reported clauses. A
//   prediction matches when the overlap is at least half of the shorter span; its speaker matches by
//   overlap of the mention with the gold source span, or when the predicted name contains the gold
//   source. Predictions on other attributions (`attributions[]`) and on quotations in marks are
//   neutral.
// - records with `other_quoted[]`: how many predictions of each kind lie on those spans.
import { readFileSync } from 'node:fs';
import { extractFacts } from '../dist/index.js';

const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const matches = (p, g) => overlap(p, g) >= Math.min(p.end - p.start, g.end - g.start) / 2 && overlap(p, g) > 0;
const norm = (s) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();

function speakerMatches(p, g) {
  if (g.speaker_start == null) return p.speaker === null;
  if (p.speaker === null) return false;
  const span = { start: g.speaker_start, end: g.speaker_end };
  if (p.speaker.start != null && overlap(p.speaker, span) > 0) return true;
  const name = norm(p.speaker.name);
  return name.length > 0 && norm(g.speaker).length > 0 && name.includes(norm(g.speaker));
}

const verbose = process.argv.includes('--verbose');
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  let tp = 0, fp = 0, fn = 0, speakerOk = 0, neutral = 0, reportedDocs = 0;
  const onOther = {};
  for (const r of records) {
    const facts = extractFacts(r.text, { id: r.id, referenceDate: r.reference_date ?? undefined, only: ['quotes'] });
    if (Array.isArray(r.reported)) {
      reportedDocs++;
      const preds = facts.quotes.filter((q) => q.kind === 'indirect');
      const used = new Set();
      for (const p of preds) {
        const g = r.reported.findIndex((g, k) => !used.has(k) && matches(p, g));
        if (g >= 0) {
          used.add(g);
          tp++;
          if (speakerMatches(p, r.reported[g])) speakerOk++;
          else if (verbose) console.log(`SPK ${r.id}\t${p.speaker?.name}\t≠ ${r.reported[g].speaker}\t| ${p.text.slice(0, 90)}`);
        } else if ((r.attributions ?? []).some((a) => matches(p, a)) || (r.quotes ?? []).some((q) => overlap(p, q) > 0)) neutral++;
        else {
          fp++;
          if (verbose) console.log(`FP  ${r.id}\t${p.speaker?.name}\t| ${p.text.slice(0, 120)}`);
        }
      }
      r.reported.forEach((g, k) => {
        if (used.has(k)) return;
        fn++;
        if (verbose && process.argv.includes('--fn')) console.log(`FN  ${r.id}\t${g.speaker}\t${g.cue}\t| ${g.text.slice(0, 120)}`);
      });
    }
    for (const o of r.other_quoted ?? []) {
      for (const q of facts.quotes) if (overlap(q, o) > 0) onOther[q.kind] = (onOther[q.kind] ?? 0) + 1;
    }
  }
  console.log(file);
  if (reportedDocs > 0) {
    const p = tp / Math.max(1, tp + fp), rc = tp / Math.max(1, tp + fn);
    console.log(`  indirect: P ${p.toFixed(3)} R ${rc.toFixed(3)} F1 ${(2 * p * rc / Math.max(1e-9, p + rc)).toFixed(3)}  tp ${tp} fp ${fp} fn ${fn} neutral ${neutral}; speaker right on ${speakerOk}/${tp} (${(speakerOk / Math.max(1, tp)).toFixed(3)})`);
  }
  const n = records.reduce((s, r) => s + (r.other_quoted?.length ?? 0), 0);
  if (n > 0) console.log(`  other_quoted spans ${n}; predictions on them by kind: ${JSON.stringify(onOther)}`);
}
