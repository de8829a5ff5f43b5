import { ValidationError, XrmError } from '../../../shared/errors.ts';
import { formatIssue } from '../../../graph-schema/index.ts';
import {
  supportsImportTransaction,
  type GraphStore,
  type TransactionalImport,
} from '../../../shared/store/graph-store.ts';
import { CsvReadError } from './read-csv.ts';
import { checkRows, type PassOutcome } from './import-plan.ts';
import { ProgressMeter } from './import-progress.ts';
import { createImporter, missingColumns, openImport, type ImportSetup } from './import-setup.ts';
import type {
  CollectionImporter,
  ImportSummary,
  ImportWriter,
  RunImportOptions,
} from './import-types.ts';
import { readCells, type RowIssue } from './row-to-record.ts';
import { DEFAULT_BATCH_SIZE, importInOnePass } from './single-pass.ts';

export type { ImportSummary, RunImportOptions, ImportProgress } from './import-types.ts';
export { DEFAULT_BATCH_SIZE };

/** The store's optional whole-import transaction (see TransactionalImport). */
export type ImportTransactionHost = TransactionalImport;
export { supportsImportTransaction };

/**
 * `xrm import` and the app's wizard. With the store's import transaction the
 * file is read once (single-pass.ts); otherwise it is checked whole first
 * (pass 1), then written in batches (pass 2). Either way any error means
 * nothing is written unless `skipInvalid`. Only file and store failures throw;
 * problems with the data come back in the summary.
 */
export async function runImport(
  store: GraphStore,
  options: RunImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const importedAt = (options.now ?? new Date()).toISOString();
  let setup: ImportSetup;
  try {
    setup = await openImport(options);
  } catch (error) {
    if (error instanceof CsvReadError) return failedSummary(options, started, [fileIssue(error)]);
    throw error;
  }
  const missing = missingColumns(setup, options.as);
  if (missing.length > 0)
    return summarise(setup, options, started, undefined, failed(missing), false);
  const importer = await createImporter(store, setup, options, importedAt);
  const meter = new ProgressMeter(setup.file.size, options.onProgress);
  if (supportsImportTransaction(store)) {
    meter.singlePass(options.dryRun ? 'checking' : 'writing');
    // Every write goes into the one transaction, undone on failure: atomic unless a dry run.
    const atomic = options.dryRun !== true;
    const pass = await guarded(() => importInOnePass(store, setup, importer, meter, options));
    if (Array.isArray(pass))
      return summarise(setup, options, started, importer, failed(pass), false, { atomic, peak: 0 });
    const written = atomic && (pass.errorCount === 0 || options.skipInvalid === true);
    return summarise(setup, options, started, importer, pass, written, { atomic, peak: pass.peak });
  }
  const check = await guarded(() => checkRows(setup, importer, meter, options.signal));
  if (!Array.isArray(check) && (check.errorCount === 0 || options.skipInvalid)) {
    meter.startWriting();
    // No import transaction here: batches written before a failure stay written.
    const write = !options.dryRun;
    const atomic = false;
    const stats = { peak: 0, writes: 0 };
    const result = await guarded(() =>
      writeRows(setup, importer, store, write, check.invalidLines, meter, options, stats),
    );
    if (Array.isArray(result)) {
      const partial = stats.writes > 0;
      const issues = partial ? [...result, partialWriteIssue(stats.writes)] : result;
      const run = { atomic, peak: stats.peak };
      return summarise(setup, options, started, importer, failed(issues), partial, run);
    }
    return summarise(setup, options, started, importer, check, write, { atomic, peak: stats.peak });
  }
  const found = Array.isArray(check) ? failed(check) : check;
  return summarise(setup, options, started, importer, found, false);
}

/**
 * Pass 2: re-reads the file, skipping invalid lines; returns the most rows held
 * at once. With an importer that allows it, the next batch is read while the
 * last one is written: a server store works meanwhile, and reading is this side's
 * share of the time. Never more than one batch is written at a time.
 */
async function writeRows(
  setup: ImportSetup,
  importer: CollectionImporter,
  writer: ImportWriter,
  write: boolean,
  invalidLines: ReadonlySet<number>,
  meter: ProgressMeter,
  options: RunImportOptions,
  stats: { peak: number; writes: number },
): Promise<void> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let writing: Promise<void> | undefined;
  const flush = async (final = false) => {
    await writing;
    writing = undefined;
    const done = importer.flush(writer, write, final).then(() => {
      if (importer.failures.length > 0) throw new WriteFailed(importer.failures);
      if (write) stats.writes += 1;
    });
    if (final || !importer.collectsWhileFlushing) return done;
    writing = done;
    // Awaited by the next flush; until then a failure must not count as unhandled.
    done.catch(() => {});
  };
  try {
    for await (const row of setup.file.rows(meter.read)) {
      options.signal?.throwIfAborted();
      meter.row();
      if (invalidLines.has(row.line)) continue;
      const held = importer.collect(readCells(row, setup.bindings));
      stats.peak = Math.max(stats.peak, held);
      if (held >= batchSize) await flush();
    }
    await flush(true);
  } finally {
    // Cancelled or failed while a batch was being written: that write ends before this does.
    await writing?.catch(() => {});
  }
  meter.emit();
}

/** Without the store's import transaction, earlier batches stay written: say so. */
function partialWriteIssue(batches: number): RowIssue {
  return {
    line: 0,
    column: '',
    message: `${batches} batch(es) were already written before this problem was found; this store cannot undo them`,
  };
}

class WriteFailed extends Error {
  readonly issues: RowIssue[];
  constructor(issues: RowIssue[]) {
    super('the import found problems while writing');
    this.issues = issues;
  }
}

/** Cancelling becomes an XrmError; problems found late become row issues. */
async function guarded<T>(work: () => Promise<T>): Promise<T | RowIssue[]> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WriteFailed) return error.issues;
    if (error instanceof CsvReadError) return [fileIssue(error)];
    // The store's own checks (e.g. a kind change its stored relationships forbid).
    if (error instanceof ValidationError) {
      return error.issues.map((issue) => ({
        line: 0,
        column: issue.field,
        message: formatIssue(issue),
      }));
    }
    if ((error as Error).name === 'AbortError') {
      throw new XrmError('cancelled', 'the import was cancelled', { cause: error });
    }
    throw error;
  }
}

function fileIssue(error: CsvReadError): RowIssue {
  return { line: error.line ?? 0, column: '', message: error.message };
}

function failed(errors: RowIssue[]): PassOutcome {
  return { rows: 0, errors, errorCount: errors.length, invalidRows: 0 };
}

function failedSummary(
  options: RunImportOptions,
  started: number,
  errors: RowIssue[],
): ImportSummary {
  const none = { created: 0, updated: 0, unchanged: 0 };
  return {
    file: options.file,
    as: options.as,
    encoding: '',
    delimiter: '',
    dryRun: options.dryRun ?? false,
    written: false,
    atomic: false,
    rows: 0,
    ...none,
    merged: 0,
    skipped: 0,
    errors,
    errorCount: errors.length,
    organizations: { ...none },
    worksFor: { ...none },
    changes: [],
    changesTruncated: false,
    peakBufferedRows: 0,
    seconds: (performance.now() - started) / 1000,
  };
}

function summarise(
  setup: ImportSetup,
  options: RunImportOptions,
  started: number,
  importer: CollectionImporter | undefined,
  check: PassOutcome,
  written: boolean,
  run: { atomic: boolean; peak: number } = { atomic: false, peak: 0 },
): ImportSummary {
  const base = failedSummary(options, started, check.errors);
  const outcomes = importer?.outcomes ?? { created: 0, updated: 0, unchanged: 0, merged: 0 };
  // A dry run that found problems (without --skip-invalid) would write nothing either.
  const wouldWrite = check.errorCount === 0 || options.skipInvalid === true;
  const reportCounts = written || (options.dryRun === true && wouldWrite);
  return {
    ...base,
    encoding: setup.file.encoding.encoding,
    delimiter: setup.file.delimiter,
    ...(setup.preset ? { preset: setup.preset.name } : {}),
    written,
    atomic: run.atomic,
    rows: check.rows,
    ...(reportCounts ? outcomes : {}),
    skipped: options.skipInvalid ? check.invalidRows : 0,
    errorCount: check.errorCount,
    ...(reportCounts && importer
      ? { organizations: importer.organizations, worksFor: importer.worksFor }
      : {}),
    changes: reportCounts ? (importer?.changes ?? []) : [],
    changesTruncated: (importer?.changes.length ?? 0) >= 1_000,
    peakBufferedRows: run.peak,
  };
}
