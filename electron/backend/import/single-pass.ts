import type { TransactionalImport } from '../../../shared/store/graph-store.ts';
import type { ImportSetup } from './import-setup.ts';
import type { ProgressMeter } from './import-progress.ts';
import { undecodable, type PassOutcome } from './import-plan.ts';
import {
  MAX_REPORTED_ERRORS,
  type CollectionImporter,
  type RunImportOptions,
} from './import-types.ts';
import { readCells, type RowIssue } from './row-to-record.ts';

export const DEFAULT_BATCH_SIZE = 5_000;

/** Thrown to end the import transaction without keeping its writes. */
class RollBack extends Error {}

/** Problems as they are found: the first ones in full, all of them counted. */
class Findings implements PassOutcome {
  rows = 0;
  readonly errors: RowIssue[] = [];
  errorCount = 0;
  invalidRows = 0;
  peak = 0;

  /** One row's problems, or those of the rows the store refused in one flush. */
  add(issues: readonly RowIssue[]): void {
    if (issues.length === 0) return;
    this.invalidRows += new Set(issues.map((issue) => issue.line)).size;
    this.errorCount += issues.length;
    for (const issue of issues)
      if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(issue);
  }
}

/**
 * One read of the file inside the store's import transaction: every row is
 * checked and held, every full batch compared with the store and written. The
 * transaction sees the earlier batches, so a record repeated further down, or
 * an organisation an earlier row created, is found like any stored record.
 * Problems do not stop the reading (every one is reported); at the end any
 * problem without `skipInvalid`, and every dry run, rolls all writes back, so
 * a dry run reports exactly what the real import would do.
 */
export async function importInOnePass(
  store: TransactionalImport,
  setup: ImportSetup,
  importer: CollectionImporter,
  meter: ProgressMeter,
  options: RunImportOptions,
): Promise<PassOutcome & { peak: number }> {
  const found = new Findings();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const keep = () => !options.dryRun && (found.errorCount === 0 || options.skipInvalid === true);
  try {
    await store.importTransaction(async (writer) => {
      const flush = async (final: boolean) => {
        await importer.flush(writer, true, final);
        found.add(importer.failures.splice(0));
      };
      for await (const rows of setup.file.rowBatches(meter.read)) {
        options.signal?.throwIfAborted();
        for (const row of rows) {
          found.rows += 1;
          meter.row();
          found.add(
            row.undecodable !== undefined
              ? [undecodable(setup, row.line, row.undecodable)]
              : importer.take(readCells(row, setup.bindings)),
          );
          const held = importer.held;
          if (held > found.peak) found.peak = held;
          if (held >= batchSize) await flush(false);
        }
      }
      await flush(true);
      meter.emit();
      if (!keep()) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return found;
}
