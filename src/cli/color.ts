/**
 * Color is decided once, here, and handed down as a Chalk instance. Off for every format but
 * `table`, with `--no-color`, with `NO_COLOR` (any non-empty value) and when stdout is not a
 * terminal; `FORCE_COLOR` may turn it on for a table written to a pipe.
 */
import { Chalk, type ChalkInstance } from 'chalk';

type Level = 0 | 1 | 2 | 3;

export function colorLevel(options: { table: boolean; colorFlag: boolean; env: NodeJS.ProcessEnv; isTTY: boolean }): Level {
  const { env } = options;
  if (!options.table || !options.colorFlag) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const level = Number(force);
    return level === 2 || level === 3 ? level : 1;
  }
  if (!options.isTTY || env.TERM === 'dumb') return 0;
  return 1; // the tables use the 16 basic colors only
}

export function chalkFor(level: Level): ChalkInstance {
  return new Chalk({ level });
}
