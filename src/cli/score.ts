/** `extract-facts score`: the scorer of `src/score/*`, wired to the command line. */
import { existsSync } from 'node:fs';
import type { ScoreReport } from '../score/run.js';
import { stringifySafe } from '../render/escape.js';
import type { ScoreInvocation } from './program.js';
import type { Diagnostics } from './diagnostics.js';
import type { Output } from './output.js';

export async function runScore(invocation: ScoreInvocation, out: Output, diagnostics: Diagnostics): Promise<number> {
  if (invocation.predictions && !existsSync(invocation.predictions)) {
    diagnostics.error(invocation.predictions, 'no such file', 'check the --predictions path');
    return 1;
  }
  // Loaded here, not at startup: --help and usage errors should not pay for the extraction library.
  const { formatScoreTable, scoreGoldFile } = await import('../score/run.js');
  const reports: ScoreReport[] = [];
  let failed = 0;
  for (const gold of invocation.golds) {
    if (!existsSync(gold)) {
      diagnostics.error(gold, 'no such file', 'check the path of the gold file');
      failed++;
      continue;
    }
    try {
      reports.push(
        scoreGoldFile(gold, {
          ...(invocation.predictions ? { predictionsPath: invocation.predictions } : {}),
          ...(invocation.only ? { only: invocation.only } : {}),
          ...(invocation.limit ? { limit: invocation.limit } : {}),
        }),
      );
    } catch (error) {
      diagnostics.error(gold, `cannot be scored: ${error instanceof Error ? error.message : String(error)}`, 'each line must be one gold record as in ../shared/eval/README.md');
      diagnostics.stack(error);
      failed++;
    }
  }
  if (reports.length > 0) await out.write(invocation.json ? stringifySafe(reports, 2) + '\n' : formatScoreTable(reports));
  return failed > 0 ? 1 : 0;
}
