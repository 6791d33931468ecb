/**
 * The testable core of the CLI: `run(argv, io)` → exit code. MINIMAL VERSION: the CLI work replaces it.
 */
import { readFileSync } from 'node:fs';
import { extractFacts } from '../index.js';
import { formatScoreTable, scoreGoldFile } from '../score/run.js';
import type { FactKind } from '../types.js';

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'score') {
    const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1]!.split(',') as FactKind[]) : undefined;
    const reports = argv.slice(1).filter((a) => a.endsWith('.jsonl')).map((g) => scoreGoldFile(g, { only }));
    io.stdout.write(formatScoreTable(reports));
    return 0;
  }
  for (const path of argv) {
    const text = readFileSync(path, 'utf8');
    io.stdout.write(JSON.stringify(extractFacts(text, { id: path, source: path }), null, 2) + '\n');
  }
  return 0;
}
