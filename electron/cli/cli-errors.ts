import { CommanderError } from 'commander';
import { ValidationError, XrmError } from '../../shared/errors.ts';

/** DESIGN.md: 0 ok, 1 rejected input (nothing written), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_REJECTED = 1;
export const EXIT_USAGE = 2;

/** The command line itself is wrong: unknown option, missing confirmation, unsupported store. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A command DESIGN.md promises that this version does not have yet. Never pretend. */
export class NotAvailableError extends UsageError {
  constructor(command: string) {
    super(`\`xrm ${command}\` is not available yet in this version.`);
    this.name = 'NotAvailableError';
  }
}

/** Input was rejected after the command already printed its report (e.g. an import's errors). */
export class RejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RejectedError';
  }
}

const DEBUG_HINT = 'run with XRM_DEBUG=1 for details';

export interface ErrorReport {
  readonly exitCode: number;
  /** What goes to stderr: clear lines for people, never a stack unless XRM_DEBUG asks. */
  readonly message: string;
}

export function reportError(error: unknown, debug: boolean): ErrorReport {
  if (error instanceof CommanderError) return commanderReport(error);
  if (error instanceof UsageError)
    return { exitCode: EXIT_USAGE, message: `xrm: ${error.message}` };
  if (error instanceof RejectedError)
    return { exitCode: EXIT_REJECTED, message: `xrm: ${error.message}` };
  if (error instanceof ValidationError) {
    return { exitCode: EXIT_REJECTED, message: `xrm: ${error.message}` };
  }
  if (error instanceof XrmError && error.code !== 'internal') {
    const exitCode = error.code === 'unsupported' ? EXIT_USAGE : EXIT_REJECTED;
    return { exitCode, message: `xrm: ${oneLine(error.message)}${debugDetail(error, debug)}` };
  }
  const text = error instanceof Error ? oneLine(error.message) : String(error);
  return {
    exitCode: EXIT_REJECTED,
    message: `xrm: unexpected error: ${text} (${DEBUG_HINT})${debugDetail(error, debug)}`,
  };
}

function commanderReport(error: CommanderError): ErrorReport {
  // Help and version were asked for: commander already printed them.
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') {
    return { exitCode: EXIT_OK, message: '' };
  }
  // Everything else (and `xrm` alone, which shows the help on stderr) commander has
  // already printed through `outputError`; only the exit code is left to decide.
  return { exitCode: EXIT_USAGE, message: '' };
}

/** commander's "error: unknown command 'x'\n(Did you mean y?)" as one line with a way out. */
export function formatUsageError(raw: string): string {
  const text = oneLine(raw.replace(/^error:\s*/i, ''));
  return `xrm: ${text} — see \`xrm --help\``;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function debugDetail(error: unknown, debug: boolean): string {
  if (!debug || !(error instanceof Error)) return '';
  const cause = error.cause instanceof Error ? `\ncaused by: ${error.cause.stack ?? ''}` : '';
  return `\n${error.stack ?? ''}${cause}`;
}
