import { InvalidArgumentError, Option, type Command } from 'commander';
import { isCalendarDate } from '../../../shared/domain/analysis.schema.ts';
import type { AnalysisService } from '../../backend/analysis/analysis-service.ts';
import { positiveInteger } from '../cli-arguments.ts';
import type { CliIo } from '../cli-io.ts';
import type { OutputOptions } from '../cli-output.ts';
import { withStore, type StoreOptions } from '../store-options.ts';

/** The path options `paths` and `influencers` share, parsed (usage errors exit 2). */
export interface PathCliOptions extends StoreOptions, OutputOptions {
  readonly k?: number;
  readonly maxHops?: number;
  readonly includeNoConsent?: boolean;
  readonly asOf?: string;
  readonly halfLife?: number;
}

export function addPathOptions(command: Command, kHelp: string): Command {
  return command
    .addOption(new Option('--k <n>', kHelp).argParser(positiveInteger(50)))
    .addOption(
      new Option(
        '--max-hops <n>',
        'at most this many relationships per path (default 4)',
      ).argParser(positiveInteger(6)),
    )
    .option('--include-no-consent', 'also route through people who denied consent (flagged)')
    .addOption(
      new Option(
        '--as-of <date>',
        'age relationships as of this date (yyyy-mm-dd; default today)',
      ).argParser(calendarDate),
    )
    .addOption(
      new Option(
        '--half-life <days>',
        'a contact loses half its weight after this many days (default 365)',
      ).argParser(positiveNumber),
    )
    .option('--json', 'machine-readable output');
}

/** The options as the analysis service takes them. */
export function pathQuery(options: PathCliOptions) {
  return {
    k: options.k,
    maxHops: options.maxHops,
    includeNoConsent: options.includeNoConsent === true ? true : undefined,
    asOf: options.asOf,
    halfLifeDays: options.halfLife,
  };
}

/** Opens the store read-only, answers one question, closes it: the CLI is one-shot, nothing to cache. */
export async function withAnalysis<T>(
  io: CliIo,
  options: StoreOptions,
  ask: (service: AnalysisService) => Promise<T>,
): Promise<T> {
  const { createAnalysisService } = await import('../../backend/analysis/analysis-service.ts');
  return withStore(io, options, 'read', (store) => ask(createAnalysisService(store)));
}

function calendarDate(value: string): string {
  if (!isCalendarDate(value)) {
    throw new InvalidArgumentError(`"${value}" is not a date; use yyyy-mm-dd, e.g. 2026-11-01.`);
  }
  return value;
}

function positiveNumber(value: string): number {
  const parsed = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(parsed > 0)) {
    throw new InvalidArgumentError(`"${value}" is not a number above 0.`);
  }
  return parsed;
}

/** `--min-strength 0.5`: a strength between 0 and 1. */
export function strength(value: string): number {
  const parsed = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || parsed < 0 || parsed > 1) {
    throw new InvalidArgumentError(`"${value}" is not a strength between 0 and 1.`);
  }
  return parsed;
}
