import type { RelationshipInput } from '../../../graph-schema/index.ts';
import { ValidationError } from '../../../shared/errors.ts';
import type { ImportWriter } from '../../../shared/store/graph-store.ts';
import type { RowIssue } from './row-to-record.ts';

/** A relationship to write, with the line it came from. */
export interface LinedRelationship {
  readonly line: number;
  readonly input: RelationshipInput;
}

/**
 * Writes relationships the importer only pre-checked (type, endpoints and their
 * kinds): graph-schema's full validation runs once, in the store's write path.
 * Rows the store refuses are left out and come back as issues on their own lines,
 * so the rest of the batch is still written (inside the import's transaction,
 * which the caller rolls back when it must not keep them).
 */
export async function writeRelationshipsChecked(
  writer: ImportWriter,
  rows: readonly LinedRelationship[],
  columnOf: (field: string) => string,
): Promise<{ written: LinedRelationship[]; issues: RowIssue[] }> {
  let left = [...rows];
  const issues: RowIssue[] = [];
  while (left.length > 0) {
    try {
      await writer.upsertBatch({ relationships: left.map((row) => row.input) });
      return { written: left, issues };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const refused = new Set<number>();
      for (const issue of error.issues) {
        const row = issue.collection === 'relationships' ? left[issue.index] : undefined;
        // An issue the importer cannot place on a line is the store's to report.
        if (!row) throw error;
        refused.add(issue.index);
        issues.push({
          line: row.line,
          column: columnOf(issue.field),
          message: `${issue.field} ${issue.message}`,
        });
      }
      left = left.filter((_, index) => !refused.has(index));
    }
  }
  return { written: [], issues };
}

/** `ValidationIssue.field` (`strength`, `properties.x`) named as the file's column. */
export function fieldColumns(columns: ReadonlyMap<string, string>): (fieldPath: string) => string {
  return (fieldPath) => {
    const [head = fieldPath] = fieldPath.split('.');
    if (head === 'properties') return fieldPath.slice('properties.'.length) || head;
    return columns.get(head) ?? head;
  };
}
