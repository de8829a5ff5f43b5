#!/usr/bin/env -S node --disable-warning=ExperimentalWarning --max-semi-space-size=16
// --max-semi-space-size=16: V8 sizes the young generation from the machine's
// memory (up to 64 MB per semi-space here). A CSV import allocates short-lived
// rows at a high rate and touches all of it: measured on a 1M-row file, peak
// RSS fell from ~490 to ~370 MB with 16 MB, for the same CPU time.
// `npm run xrm` passes the same flags; the benchmark reads them from this line.
import { runCli } from './cli-program.ts';

// `xrm search x | head -1`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Set the code and let Node exit on its own, so buffered stdout is flushed first.
process.exitCode = await runCli(process.argv.slice(2));
