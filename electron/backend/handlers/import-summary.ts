import type { ImportSummaryView } from '../../../shared/domain/import.schema.ts';
import type { ImportSummary } from '../import/run-import.ts';

/** Changes listed in the wizard; the counts above them cover all rows. */
const MAX_LISTED_CHANGES = 200;

/**
 * The summary as the renderer may see it: the staged file's name instead of
 * the backend's path, and each planned change reduced to the fields it touches.
 */
export function toSummaryView(summary: ImportSummary, name: string): ImportSummaryView {
  return {
    file: name,
    as: summary.as,
    encoding: summary.encoding,
    delimiter: summary.delimiter,
    ...(summary.preset ? { preset: summary.preset } : {}),
    dryRun: summary.dryRun,
    written: summary.written,
    atomic: summary.atomic,
    rows: summary.rows,
    created: summary.created,
    updated: summary.updated,
    unchanged: summary.unchanged,
    merged: summary.merged,
    skipped: summary.skipped,
    errors: summary.errors.map(({ line, column, message }) => ({ line, column, message })),
    errorCount: summary.errorCount,
    organizations: { ...summary.organizations },
    worksFor: { ...summary.worksFor },
    changes: summary.changes.slice(0, MAX_LISTED_CHANGES).map((change) => ({
      line: change.line,
      id: change.id,
      action: change.action,
      fields: Object.keys(change.fields),
    })),
    changesTruncated: summary.changesTruncated || summary.changes.length > MAX_LISTED_CHANGES,
    seconds: summary.seconds,
  };
}
