import type { StatementSync } from 'node:sqlite';

/**
 * The one value of a statement that returns one row of one column: a PRAGMA
 * such as `page_size` or `data_version`, or `SELECT total_changes()`. Read by
 * position, since SQLite names the column after the pragma.
 */
export function singleValue(statement: StatementSync): number {
  return Number(Object.values(statement.get() ?? {})[0] ?? 0);
}
