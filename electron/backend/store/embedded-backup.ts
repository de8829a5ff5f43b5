import { existsSync, rmSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { SQLITE_SCHEMA_VERSION } from '../../../graph-schema/index.ts';
import { NotFoundError, XrmError } from '../../../shared/errors.ts';
import { rebuildSearchIndex } from './search-index.ts';
import type { SqlSession } from './sql-session.ts';
import { readSchemaStamp, XRM_APPLICATION_ID } from './sqlite-migrate.ts';
import { notADatabase, withStoreErrors } from './sqlite-errors.ts';

export interface BackupOptions {
  /** Replace an existing file at the target path. */
  readonly overwrite?: boolean;
}

/** A consistent, compacted copy of the open database, taken while it stays in use. */
export function backupTo(session: SqlSession, toPath: string, options: BackupOptions = {}): void {
  if (existsSync(toPath)) {
    if (!options.overwrite) {
      throw new XrmError(
        'conflict',
        `"${toPath}" already exists. Choose another file name or allow overwriting.`,
      );
    }
    rmSync(toPath);
  }
  withStoreErrors(toPath, () => session.db.prepare('VACUUM INTO ?').run(toPath));
}

/**
 * Replaces everything in the store with the backup's content in one transaction:
 * if anything fails, the store is as it was. The backup is checked first.
 */
export function restoreFrom(session: SqlSession, fromPath: string): void {
  checkBackup(fromPath);
  session.db.prepare('ATTACH DATABASE ? AS backup').run(fromPath);
  try {
    session.write(() => {
      for (const table of ['interaction_participants', 'interactions', 'edges', 'nodes']) {
        session.db.exec(`DELETE FROM main.${table}`);
      }
      for (const table of ['nodes', 'edges', 'interactions', 'interaction_participants']) {
        session.db.exec(`INSERT INTO main.${table} SELECT * FROM backup.${table}`);
      }
      rebuildSearchIndex(session);
    });
  } finally {
    session.forgetKinds();
    session.db.exec('DETACH DATABASE backup');
  }
  session.db.exec("INSERT INTO nodes_fts (nodes_fts) VALUES ('optimize')");
  session.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
}

function checkBackup(fromPath: string): void {
  if (!existsSync(fromPath)) throw new NotFoundError(`The backup "${fromPath}"`);
  if (!statSync(fromPath).isFile()) throw notADatabase(fromPath);
  const db = withStoreErrors(fromPath, () => new DatabaseSync(fromPath, { readOnly: true }));
  try {
    const stamp = withStoreErrors(fromPath, () => readSchemaStamp(db));
    if (stamp.applicationId !== XRM_APPLICATION_ID) throw notADatabase(fromPath);
    if (stamp.userVersion !== SQLITE_SCHEMA_VERSION) {
      throw new XrmError(
        'unsupported',
        `The backup "${fromPath}" has schema version ${stamp.userVersion}; this XRM Explorer restores version ${SQLITE_SCHEMA_VERSION}. Open it as a database with the matching version instead.`,
      );
    }
    const check = db.prepare('PRAGMA quick_check').get() as Record<string, string>;
    if (Object.values(check)[0] !== 'ok') {
      throw new XrmError('store-unavailable', `The backup "${fromPath}" is damaged.`);
    }
  } finally {
    db.close();
  }
}
