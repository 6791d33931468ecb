/**
 * V8 tuning for the CLI's own process (worker threads share the process's V8 flags). `main.ts`
 * applies it before it runs anything, so before any extraction code has been called.
 *
 * V8 compiles a function with its optimizing compiler once the function has run for a budget of
 * bytecodes. Our extraction is hundreds of rule functions, each hot only for a while, and with
 * the default budget (132 KB) a run over a few hundred articles spends about 40% of its CPU time
 * compiling them, half of it compiling again a function that met a case its first compilation had
 * not seen (an "insufficient type feedback" or "wrong map" deoptimization). A 4× budget lets each
 * function collect its feedback first: on one pinned core, 800 BBC articles take about 28% less
 * CPU time and the whole 2,225 about 8% less, with the same output. 16× does better still, most
 * with worker threads, where every worker compiles the rules again in its own isolate (800 BBC
 * articles, 3 interleaved runs, 4× → 16×): `--jobs 2` on two cores 2.14 s → 1.99 s wall and
 * 4.04 s → 3.77 s CPU, `--jobs 1` on one core 3.25 s → 3.13 s; the 2,225 7.7 s → 7.6 s (`--jobs 1`)
 * and 4.78 s → 4.67 s (`--jobs 2`); one article unchanged (0.31 s). 24× is slower again on both
 * (2.02 s, 3.16 s), 32× and 64× more so. The library does not do this
 * (flags belong to whoever owns the process), and a budget the user gives (`node
 * --interrupt-budget=…`, or in NODE_OPTIONS) is left alone.
 */
import { setFlagsFromString } from 'node:v8';

/** 16 × V8's default interrupt budget of 132 KB. */
export const INTERRUPT_BUDGET = 16 * 132 * 1024;

/** The user set the budget already: on node's command line or in NODE_OPTIONS (`-` or `_`, as V8 reads both). */
export function budgetGiven(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) => /^--(?:no-)?interrupt[-_]budget(?:=|$)/.test(arg));
}

/** Sets the interrupt budget, unless the user gave one. Returns whether it did. */
export function applyTiering(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  if (budgetGiven(execArgv, nodeOptions)) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
