#!/usr/bin/env -S node --disable-warning=ExperimentalWarning
import { runCli } from './cli-program.ts';

// `xrm search x | head -1`: the reader went away; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Set the code and let Node exit on its own, so buffered stdout is flushed first.
process.exitCode = await runCli(process.argv.slice(2));
