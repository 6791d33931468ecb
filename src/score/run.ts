/** Run the extractor over a gold file (or read predictions) and score it. */
import { readFileSync } from 'node:fs';
// the pipeline itself, not the library index: index.ts re-exports this module
import { runPipeline } from '../pipeline.js';
import type { ArticleFacts, FactKind } from '../types.js';
import type { GoldRecord } from './gold.js';
import { metric, scoreDocument, type Metric, type MetricName, type Tally } from './score.js';

export interface ScoreReport {
  gold: string;
  documents: number;
  metrics: Partial<Record<MetricName, Metric>>;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function scoreGoldFile(
  goldPath: string,
  options: { predictionsPath?: string; only?: readonly FactKind[]; limit?: number } = {},
): ScoreReport {
  let golds = readJsonl<GoldRecord>(goldPath);
  if (options.limit !== undefined) golds = golds.slice(0, options.limit);
  const predictions = new Map<string, ArticleFacts>();
  if (options.predictionsPath) {
    for (const p of readJsonl<ArticleFacts>(options.predictionsPath)) predictions.set(p.id, p);
  }
  const tally: Tally = {};
  for (const gold of golds) {
    const predicted = options.predictionsPath
      ? predictions.get(gold.id)
      : runPipeline(gold.text, {
          id: gold.id,
          source: goldPath,
          ...(gold.reference_date ? { recordReferenceDate: gold.reference_date } : {}),
          only: options.only ?? gold.annotated,
        });
    scoreDocument(gold, predicted, tally);
  }
  const metrics: Partial<Record<MetricName, Metric>> = {};
  for (const [name, counts] of Object.entries(tally) as Array<[MetricName, NonNullable<Tally[MetricName]>]>) {
    metrics[name] = metric(counts);
  }
  return { gold: goldPath, documents: golds.length, metrics };
}

/** A plain-text table of reports: one row per data set and metric. */
export function formatScoreTable(reports: readonly ScoreReport[]): string {
  const rows = [['data set', 'metric', 'P', 'R', 'F1', 'tp', 'fp', 'fn']];
  for (const r of reports) {
    for (const [name, m] of Object.entries(r.metrics) as Array<[string, Metric]>) {
      rows.push([r.gold, name, m.precision.toFixed(3), m.recall.toFixed(3), m.f1.toFixed(3), String(m.tp), String(m.fp), String(m.fn)]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n') + '\n';
}
