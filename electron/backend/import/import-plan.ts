import { MAX_REPORTED_ERRORS, type CollectionImporter } from './import-types.ts';
import type { ImportSetup } from './import-setup.ts';
import type { ProgressMeter } from './import-progress.ts';
import { readCells, type RowIssue } from './row-to-record.ts';

/** What the checking pass learned: every problem, and which lines to leave out. */
export interface CheckResult extends PassOutcome {
  readonly invalidLines: ReadonlySet<number>;
}

/** What reading the file found: rows, every problem (the first ones in full), invalid rows. */
export interface PassOutcome {
  readonly rows: number;
  readonly errors: RowIssue[];
  readonly errorCount: number;
  readonly invalidRows: number;
}

/**
 * Pass 1: reads the whole file once and checks every row against graph-schema
 * and the store, remembering keys for matching but never the rows themselves.
 */
export async function checkRows(
  setup: ImportSetup,
  importer: CollectionImporter,
  meter: ProgressMeter,
  signal?: AbortSignal,
): Promise<CheckResult> {
  const errors: RowIssue[] = [];
  const invalidLines = new Set<number>();
  let errorCount = 0;
  let rows = 0;
  for await (const row of setup.file.rows(meter.read)) {
    if (rows % 1_000 === 0) signal?.throwIfAborted();
    rows += 1;
    meter.row();
    const issues =
      row.undecodable !== undefined
        ? [undecodable(setup, row.line, row.undecodable)]
        : importer.check(readCells(row, setup.bindings));
    if (issues.length === 0) continue;
    invalidLines.add(row.line);
    errorCount += issues.length;
    for (const issue of issues) if (errors.length < MAX_REPORTED_ERRORS) errors.push(issue);
  }
  meter.emit();
  return { rows, errors, errorCount, invalidLines, invalidRows: invalidLines.size };
}

export function undecodable(setup: ImportSetup, line: number, cell: number): RowIssue {
  const column = setup.bindings[cell]?.header ?? `column ${cell + 1}`;
  const encoding = setup.file.encoding.encoding;
  return {
    line,
    column,
    message: `contains characters that are not valid ${encoding}; save the file as UTF-8 or give the right --encoding`,
  };
}
