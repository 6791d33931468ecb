/** Process glue: the only place that touches `process`. */
import { run } from './run.js';
import { applyTiering } from './tiering.js';

// V8 flags of this process, before any extraction runs (see tiering.ts)
applyTiering(process.execArgv, process.env.NODE_OPTIONS);

// A reader that went away (`| head -1`) is not an error: stop quietly, no stack trace. `run()`
// reports other write errors itself; one that comes later still fails the exit code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exitCode = 1;
});
process.stderr.on('error', () => {});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
