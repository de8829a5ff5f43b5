import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';

/** A statement returning rows as arrays (`setReturnArrays`). */
export interface ArrayStatement {
  all(...params: SQLInputValue[]): unknown[][];
  get(...params: SQLInputValue[]): unknown[] | undefined;
}
import type { KindLookup, NodeKind } from '../../../graph-schema/index.ts';

/**
 * One open connection with its prepared statements cached by SQL text, and the
 * one way to write: a single IMMEDIATE transaction that is rolled back on any
 * error, so a failed or killed batch leaves the previous state.
 */
export class SqlSession {
  readonly db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  /** Kinds of stored nodes across batches; see `kindLookup` for when it is dropped. */
  readonly #kinds = new Map<string, NodeKind | undefined>();
  #kindsVersion: unknown;

  constructor(db: DatabaseSync) {
    this.db = db;
  }

  stmt(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Rows as arrays: measurably faster than objects for bulk reads. */
  arrayStmt(sql: string): ArrayStatement {
    const key = `arrays:${sql}`;
    let statement = this.#statements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql);
      statement.setReturnArrays(true);
      this.#statements.set(key, statement);
    }
    return statement as unknown as ArrayStatement;
  }

  /**
   * Inside an open transaction (an import's) the write becomes a savepoint:
   * a failed batch is undone on its own and the outer transaction decides.
   */
  write<T>(fn: () => T): T {
    if (this.db.isTransaction) return this.#savepoint(fn);
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  /** Ends the open transaction without its writes; what was read inside it is forgotten. */
  rollback(): void {
    this.forgetKinds();
    if (this.db.isTransaction) this.db.exec('ROLLBACK');
  }

  #savepoint<T>(fn: () => T): T {
    this.db.exec('SAVEPOINT batch');
    try {
      const result = fn();
      this.db.exec('RELEASE batch');
      return result;
    } catch (error) {
      this.forgetKinds();
      if (this.db.isTransaction) this.db.exec('ROLLBACK TO batch; RELEASE batch');
      throw error;
    }
  }

  /**
   * Kinds of stored nodes. Ids known up front are fetched in bulk (one query
   * per few thousand ids). Kinds are kept across batches, since a relationship
   * import asks for the same endpoints again and again; every write that
   * changes or removes nodes, every rollback and any commit by another
   * connection (`data_version`) drops them.
   */
  kindLookup(prefetch: Iterable<string> = []): KindLookup {
    const cache = this.#kinds;
    const version = Object.values(this.stmt('PRAGMA data_version').get() ?? {})[0];
    if (version !== this.#kindsVersion || cache.size > MAX_CACHED_KINDS) this.forgetKinds();
    this.#kindsVersion = version;
    const bulk = this.stmt(
      // CROSS JOIN keeps the ids as the outer loop: one index seek each.
      'SELECT n.id, n.kind FROM json_each(?) AS j CROSS JOIN nodes AS n ON n.id = j.value',
    );
    let chunk: string[] = [];
    const flush = (): void => {
      for (const id of chunk) cache.set(id, undefined);
      for (const row of bulk.all(JSON.stringify(chunk)) as { id: string; kind: NodeKind }[]) {
        cache.set(row.id, row.kind);
      }
      chunk = [];
    };
    for (const id of prefetch) {
      if (cache.has(id)) continue;
      cache.set(id, undefined); // also marks it as queued: each id once per chunk
      chunk.push(id);
      if (chunk.length === 5_000) flush();
    }
    if (chunk.length > 0) flush();
    const single = this.stmt('SELECT kind FROM nodes WHERE id = ?');
    return (id) => {
      const kind = cache.get(id);
      if (kind !== undefined || cache.has(id)) return kind;
      const row = single.get(id) as { kind: NodeKind } | undefined;
      cache.set(id, row?.kind);
      return row?.kind;
    };
  }

  /** After any write that adds, changes or removes nodes (and on rollback). */
  forgetKinds(): void {
    this.#kinds.clear();
  }

  clear(): void {
    this.forgetKinds();
    this.#statements.clear();
  }
}

/** Enough for 1M endpoints' worth of ids at ~100 bytes each; beyond it, start over. */
const MAX_CACHED_KINDS = 1_000_000;

/** The time every record written by one call carries. */
export function nowIso(): string {
  return new Date().toISOString();
}
