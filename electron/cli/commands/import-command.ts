import { basename } from 'node:path';
import type { Command } from 'commander';
import { runImport, type ImportSummary } from '../../backend/import/run-import.ts';
import { COLLECTIONS, type Collection } from '../../backend/import/headers.ts';
import { collectionSuggestedBy } from '../../backend/import/import-setup.ts';
import { RejectedError, UsageError } from '../cli-errors.ts';
import type { CliIo } from '../cli-io.ts';
import { plural, printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

const SHOWN_ERRORS = 20;
const SHOWN_CHANGES = 20;

interface ImportCliOptions extends StoreOptions, OutputOptions {
  readonly as?: string;
  readonly preset?: string;
  readonly mapping?: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly dryRun?: boolean;
  readonly skipInvalid?: boolean;
}

export function registerImportCommand(program: Command, io: CliIo): void {
  const command = program
    .command('import')
    .description('import a CSV file of nodes, relationships or interactions')
    .argument('<file>', 'the CSV file')
    .option('--as <what>', 'nodes | relationships | interactions (presets imply nodes)')
    .option('--preset <name>', 'linkedin | outlook | google')
    .option('--mapping <file>', 'a JSON file mapping other column names to fields')
    .option(
      '--encoding <encoding>',
      'auto | utf-8 | utf-16le | windows-1252 | iso-8859-15 …',
      'auto',
    )
    .option('--delimiter <delimiter>', 'auto | , | ; | tab | |', 'auto')
    .option('--dry-run', 'check the file and show what would change; write nothing')
    .option('--skip-invalid', 'write the valid rows and report the others')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (file: string, options: ImportCliOptions) => {
    const as = await collectionOf(file, options);
    const summary = await withStore(io, options, 'write', (store) =>
      runImport(store, {
        file,
        as,
        preset: options.preset,
        mapping: options.mapping,
        encoding: options.encoding,
        delimiter: options.delimiter,
        dryRun: options.dryRun === true,
        skipInvalid: options.skipInvalid === true,
        onProgress: options.json || !io.stdinIsTty ? undefined : progressLine(io),
      }),
    );
    printResult(io, options, summary, () => humanSummary(summary));
    if (summary.errorCount > 0 && !summary.written && !summary.dryRun) {
      throw new RejectedError(
        `${plural(summary.errorCount, 'problem')} in ${basename(file)}; nothing was written (use --skip-invalid to import the valid rows).`,
      );
    }
  });
}

/** Never guessed silently: a wrong guess would file people as relationships. The columns only hint. */
async function collectionOf(file: string, options: ImportCliOptions): Promise<Collection> {
  const as = options.as ?? (options.preset ? 'nodes' : undefined);
  if (as === undefined) {
    const suggested = await collectionSuggestedBy(file);
    const hint = suggested ? ` (its columns look like --as ${suggested})` : '';
    throw new UsageError(`say what the file holds: --as nodes|relationships|interactions${hint}`);
  }
  if (!(COLLECTIONS as readonly string[]).includes(as)) {
    throw new UsageError(`--as must be one of ${COLLECTIONS.join(', ')}, not "${as}"`);
  }
  return as as Collection;
}

function progressLine(io: CliIo) {
  return (p: { phase: string; rows: number; rowsPerSecond: number; secondsLeft?: number }) => {
    const left = p.secondsLeft === undefined ? '' : `, about ${Math.ceil(p.secondsLeft)} s left`;
    io.stderr.write(
      `\r${p.phase}: ${p.rows.toLocaleString('en')} rows (${Math.round(p.rowsPerSecond).toLocaleString('en')}/s${left})   `,
    );
  };
}

function humanSummary(s: ImportSummary): string[] {
  const delimiter = s.delimiter === '\t' ? 'tab' : `"${s.delimiter}"`;
  const head = `${basename(s.file)}: ${plural(s.rows, 'row')} of ${s.as}, ${s.encoding}, delimiter ${delimiter}${s.preset ? `, preset ${s.preset}` : ''}`;
  const [created, updated] = s.dryRun
    ? ['Dry run, nothing written. Would create', 'update']
    : s.written
      ? ['Created', 'updated']
      : ['Nothing written. Would have created', 'updated'];
  const lines = [
    head,
    `${created} ${s.created}, ${updated} ${s.updated}; ${s.unchanged} unchanged, ${s.merged} merged, ${s.skipped} skipped.`,
  ];
  if (s.organizations.created + s.worksFor.created > 0) {
    lines.push(
      `Organisations created from the company column: ${s.organizations.created}; WORKS_FOR added: ${s.worksFor.created}.`,
    );
  }
  if (s.dryRun) {
    for (const change of s.changes.slice(0, SHOWN_CHANGES)) {
      const fields = Object.keys(change.fields).join(', ');
      lines.push(
        `  line ${change.line}: ${change.action} ${change.id}${fields ? ` (${fields})` : ''}`,
      );
    }
    if (s.changes.length > SHOWN_CHANGES)
      lines.push(`  … and ${s.changes.length - SHOWN_CHANGES} more changes (--json lists them)`);
  }
  for (const error of s.errors.slice(0, SHOWN_ERRORS)) {
    lines.push(`  line ${error.line}, column ${error.column}: ${error.message}`);
  }
  if (s.errorCount > SHOWN_ERRORS)
    lines.push(
      `  … and ${s.errorCount - SHOWN_ERRORS} more problems (--json lists the first 1,000)`,
    );
  return lines;
}
