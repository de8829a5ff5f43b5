import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { XrmError } from '../../../shared/errors.ts';
import { chromiumPath } from '../../backend/report/chromium.ts';
import type { CliIo } from '../cli-io.ts';
import { printResult, shellArg, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, databasePath, type StoreOptions } from '../store-options.ts';

interface ReportOptions extends StoreOptions, OutputOptions {
  readonly account: string;
  readonly out: string;
  readonly lang: 'de' | 'en';
  readonly paper: 'a4' | 'letter';
  readonly asOf?: string;
  readonly k?: number;
}

export function registerReportCommand(program: Command, io: CliIo): void {
  const command = program
    .command('report')
    .description('the account influence brief as PDF: routes, brokers, coverage, network map')
    .requiredOption('--account <id>', 'the account (an organisation, usually a customer)')
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .addOption(
      new Option('--lang <lang>', 'language of the brief').choices(['de', 'en']).default('de'),
    )
    .addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']).default('a4'))
    .option(
      '--as-of <date>',
      'age relationships as of this date (yyyy-mm-dd); default today',
      parseDate,
    )
    .option('--k <n>', 'how many routes (1–20, default 5)', parseK)
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: ReportOptions) => {
    const storePath = databasePath(options);
    if (!existsSync(storePath)) {
      throw new XrmError(
        'not-found',
        `No database at ${storePath} — create one with \`xrm demo --db ${shellArg(storePath)}\` or import data.`,
      );
    }
    const out = resolve(options.out);
    const started = performance.now();
    // Loaded on demand: Chromium and the web host are heavy, and only this command needs them.
    const { printReport } = await import('./report-print.ts');
    const printed = await printReport({
      storePath,
      out,
      language: options.lang,
      paper: options.paper,
      chromium: chromiumPath(io.env),
      request: {
        account: options.account,
        ...(options.asOf && { asOf: options.asOf }),
        ...(options.k !== undefined && { k: options.k }),
      },
    });
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    printResult(io, options, { ...printed, out, seconds }, () => [
      `Wrote the brief on ${printed.accountName} to ${out} (${Math.round(printed.bytes / 1024)} kB, ${seconds} s).`,
    ]);
  });
}

function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError('use yyyy-mm-dd.');
  return value;
}

function parseK(value: string): number {
  const k = Number(value);
  if (!Number.isInteger(k) || k < 1 || k > 20) throw new InvalidArgumentError('use 1 to 20.');
  return k;
}
