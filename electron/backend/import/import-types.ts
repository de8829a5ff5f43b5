import type { NodeKind } from '../../../graph-schema/index.ts';
import type { Collection } from './headers.ts';
import type { HeaderMapping } from './mapping-file.ts';
import type { RowCells, RowIssue } from './row-to-record.ts';

export interface RunImportOptions {
  readonly file: string;
  /** The name the person knows the file by (provenance, summary); the path's own name when left out. */
  readonly fileName?: string;
  readonly as: Collection;
  /** `linkedin`, `outlook`, `google`; detected from the headers when omitted. */
  readonly preset?: string;
  /** Path of a JSON mapping file (see mapping-file.ts). */
  readonly mapping?: string;
  /** The wizard's mapping (column-mapping.ts), applied after the preset and the mapping file. */
  readonly columnMapping?: HeaderMapping;
  /** `auto` (default) or an encoding name such as `utf-8`, `windows-1252`, `iso-8859-15`. */
  readonly encoding?: string;
  /** `auto` (default), `,`, `;`, `tab` or `|`. */
  readonly delimiter?: string;
  readonly dryRun?: boolean;
  readonly skipInvalid?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Rows per write; memory grows with it, not with the file. */
  readonly batchSize?: number;
  /** Kind of organisations created from a company column. */
  readonly organizationKind?: NodeKind;
  /** The import time recorded on every record written (tests pass a fixed one). */
  readonly now?: Date;
}

export interface ImportProgress {
  /**
   * With the store's import transaction (the embedded store) the file is read
   * once: `writing` throughout, `checking` throughout for a dry run. Without it
   * (two passes): `checking` over the whole file, then `writing` from row 0 again.
   */
  readonly phase: 'checking' | 'writing';
  readonly rows: number;
  readonly rowsPerSecond: number;
  /** Estimated seconds left for the whole import; undefined until there is a rate. */
  readonly secondsLeft: number | undefined;
  readonly bytes: number;
  readonly totalBytes: number;
}

export type ChangeAction = 'create' | 'update' | 'merge';

/** One record a dry run would write (and a real run wrote). */
export interface PlannedChange {
  readonly line: number;
  readonly id: string;
  readonly collection: Collection;
  readonly action: ChangeAction;
  readonly fields: Record<string, { before?: unknown; after?: unknown }>;
}

export interface ImportSummary {
  readonly file: string;
  readonly as: Collection;
  readonly encoding: string;
  readonly delimiter: string;
  readonly preset?: string;
  readonly dryRun: boolean;
  /** False when nothing was written: errors without --skip-invalid, or a dry run. */
  readonly written: boolean;
  /** Whether all writes went into one transaction (the store supports it). */
  readonly atomic: boolean;
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows folded into a record another row of the file, or an e-mail/name match, already named. */
  readonly merged: number;
  /** Invalid rows left out under --skip-invalid. */
  readonly skipped: number;
  readonly errors: RowIssue[];
  /** All errors, also those beyond the reported ones. */
  readonly errorCount: number;
  readonly organizations: Tally;
  readonly worksFor: Tally;
  readonly changes: PlannedChange[];
  readonly changesTruncated: boolean;
  /** The most rows held in memory at once; bounded by the batch size, not the file. */
  readonly peakBufferedRows: number;
  readonly seconds: number;
}

export interface Tally {
  created: number;
  updated: number;
  unchanged: number;
}

export interface Outcomes extends Tally {
  merged: number;
}

/** A store writer the import may use; inside a transaction when the store offers one. */
export type { ImportWriter } from '../../../shared/store/graph-store.ts';
import type { ImportWriter } from '../../../shared/store/graph-store.ts';

/**
 * Everything a collection needs to import rows. With the store's import
 * transaction, one pass: `take` each row, `flush` every batch (writes inside
 * the transaction; a later row sees what an earlier batch wrote). Without it,
 * two passes: `check` every row first, then `collect` and `flush`.
 */
export interface CollectionImporter {
  /** Single pass: checks one row and, when it is valid, holds it for the next flush. */
  take(cells: RowCells): RowIssue[];
  /** Rows held for the next flush. */
  readonly held: number;
  /** Pass 1 of two: checks one row and remembers its keys (never the row). */
  check(cells: RowCells): RowIssue[];
  /** Pass 2 of two: takes a row already checked valid; returns how many rows it now holds. */
  collect(cells: RowCells): number;
  /**
   * Compares what it holds with the store and writes the differences.
   * `final` on the last call: nothing may be held back after it.
   */
  flush(writer: ImportWriter, write: boolean, final: boolean): Promise<void>;
  /**
   * The flush takes all it needs the moment it is called, so the next rows may
   * be read and collected while it writes (one flush at a time still).
   */
  readonly collectsWhileFlushing?: boolean;
  readonly outcomes: Outcomes;
  /**
   * Problems found only when merging with the stored record or by the store's
   * own validation; those rows were not written (single pass: row errors).
   */
  readonly failures: RowIssue[];
  readonly organizations: Tally;
  readonly worksFor: Tally;
  readonly changes: PlannedChange[];
}

export const MAX_REPORTED_ERRORS = 1_000;
export const MAX_REPORTED_CHANGES = 1_000;
