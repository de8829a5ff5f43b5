import { XrmError } from '../../../shared/errors.ts';
import type { ImportWriter } from '../../../shared/store/graph-store.ts';
import { getRelationship, getRelationships } from './embedded-records.ts';
import { logInteraction } from './embedded-interactions.ts';
import { getNodes } from './embedded-subgraph.ts';
import { writeBatch } from './embedded-writes.ts';
import { singleValue } from './sqlite-value.ts';
import { nowIso, type SqlSession } from './sql-session.ts';

type Run = <T>(fn: (session: SqlSession) => T) => Promise<T>;

/**
 * An import's page cache, smaller than the store's usual one: a big import
 * writes all over its indexes whatever the cache, and the memory is resident.
 * Measured on a 1M-row file: 64 MiB peaked at 498–545 MB RSS, 32 MiB at
 * 452–463 MB, in the same time.
 */
const IMPORT_CACHE_KIB = 32 * 1024;

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
  const cacheSize = await run((s) => {
    const before = singleValue(s.db.prepare('PRAGMA cache_size'));
    s.db.exec(`PRAGMA cache_size = -${IMPORT_CACHE_KIB}`);
    s.db.exec('BEGIN IMMEDIATE');
    return before;
  });
  const restoreCache = (s: SqlSession): void => s.db.exec(`PRAGMA cache_size = ${cacheSize}`);
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
    await run(restoreCache);
  }
}
