import { XrmError } from '../../../shared/errors.ts';
import type { ImportWriter } from '../../../shared/store/graph-store.ts';
import { getRelationship, getRelationships } from './embedded-records.ts';
import { logInteraction } from './embedded-interactions.ts';
import { getNodes } from './embedded-subgraph.ts';
import { writeBatch } from './embedded-writes.ts';
import { nowIso, type SqlSession } from './sql-session.ts';

type Run = <T>(fn: (session: SqlSession) => T) => Promise<T>;

/**
 * BEGIN IMMEDIATE once, `work` with a writer whose writes join it, then
 * COMMIT, or ROLLBACK when `work` throws. A batch refused before it wrote
 * anything (validation) leaves the transaction open; one that failed halfway
 * has ended it, and the import with it. The caller holds the write gate.
 */
export async function openImportTransaction<T>(
  run: Run,
  work: (writer: ImportWriter) => Promise<T>,
): Promise<T> {
  await run((s) => s.db.exec('BEGIN IMMEDIATE'));
  let open = true;
  // A writer kept past the end of its transaction would write outside it.
  const live: Run = (fn) =>
    open
      ? run(fn)
      : Promise.reject(
          new XrmError(
            'conflict',
            'This import has already finished; start a new import to write.',
          ),
        );
  // SQLite ends a transaction itself on some errors (disk full, I/O); a write
  // after that would commit on its own, outside the import.
  const ended = (): XrmError =>
    new XrmError('conflict', 'The database ended this import early; nothing was saved.');
  const inside = <R>(s: SqlSession, fn: () => R): R => {
    if (!s.db.isTransaction) throw ended();
    return s.write(fn);
  };
  const writer: ImportWriter = {
    upsertBatch: (batch) => live((s) => inside(s, () => writeBatch(s, batch, nowIso()))),
    logInteraction: (input) => live((s) => inside(s, () => logInteraction(s, input, nowIso()))),
    getNodes: (ids) => live((s) => getNodes(s, ids)),
    getRelationship: (id) => live((s) => getRelationship(s, id)),
    getRelationships: (ids) => live((s) => getRelationships(s, ids)),
  };
  try {
    const result = await work(writer);
    open = false;
    await run((s) => {
      if (!s.db.isTransaction) throw ended();
      s.db.exec('COMMIT');
    });
    return result;
  } catch (error) {
    open = false;
    await run((s) => s.rollback());
    throw error;
  } finally {
    open = false;
  }
}
