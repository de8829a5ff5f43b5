import type { DatabaseSync } from 'node:sqlite';
import {
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA_VERSION,
  type Migration,
} from '../../../graph-schema/index.ts';
import { XrmError } from '../../../shared/errors.ts';
import { notADatabase } from './sqlite-errors.ts';
import { singleValue } from './sqlite-value.ts';

/** 'XRM1' in ASCII: marks a file as ours, so restore and open can tell it from any SQLite file. */
export const XRM_APPLICATION_ID = 0x58524d31;

export interface SchemaStamp {
  readonly applicationId: number;
  readonly userVersion: number;
  readonly tableCount: number;
}

export function readSchemaStamp(db: DatabaseSync, schema = 'main'): SchemaStamp {
  const pragma = (name: string): number => singleValue(db.prepare(`PRAGMA ${schema}.${name}`));
  const tables = db
    .prepare(`SELECT count(*) AS n FROM ${schema}.sqlite_schema WHERE type = 'table'`)
    .get() as { n: number };
  return {
    applicationId: pragma('application_id'),
    userVersion: pragma('user_version'),
    tableCount: tables.n,
  };
}

/**
 * Refuses files that are not ours or come from a newer app: opening a newer
 * schema with older code could silently lose the fields it does not know.
 */
export function checkSchemaStamp(path: string, stamp: SchemaStamp): void {
  const ours = stamp.applicationId === XRM_APPLICATION_ID;
  const empty = stamp.applicationId === 0 && stamp.userVersion === 0 && stamp.tableCount === 0;
  if (!ours && !empty) throw notADatabase(path);
  if (stamp.userVersion > SQLITE_SCHEMA_VERSION) {
    throw new XrmError(
      'store-unavailable',
      `The database "${path}" was written by a newer XRM Explorer (schema version ${stamp.userVersion}; this version knows up to ${SQLITE_SCHEMA_VERSION}). Update XRM Explorer to open it.`,
    );
  }
}

/** Applies the migrations the file has not seen yet, each in its own transaction. */
export function migrate(db: DatabaseSync, path: string): void {
  const stamp = readSchemaStamp(db);
  checkSchemaStamp(path, stamp);
  for (const migration of SQLITE_MIGRATIONS) {
    if (migration.version > stamp.userVersion) apply(db, migration);
  }
}

function apply(db: DatabaseSync, migration: Migration): void {
  // Dropping a table others point at would cascade-delete their rows.
  if (migration.rebuildsTables) db.exec('PRAGMA foreign_keys = OFF');
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const statement of migration.statements) db.exec(statement);
    if (migration.rebuildsTables) checkForeignKeys(db, migration);
    db.exec(`PRAGMA application_id = ${XRM_APPLICATION_ID}`);
    db.exec(`PRAGMA user_version = ${migration.version}`);
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    if (migration.rebuildsTables) db.exec('PRAGMA foreign_keys = ON');
  }
}

function checkForeignKeys(db: DatabaseSync, migration: Migration): void {
  const broken = db.prepare('PRAGMA foreign_key_check').all();
  if (broken.length > 0) {
    throw new XrmError(
      'store-unavailable',
      `Upgrading the database to schema version ${migration.version} found ${broken.length} rows pointing at missing records; the file was left unchanged.`,
    );
  }
}
