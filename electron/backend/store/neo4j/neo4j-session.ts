import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toNeo4jStoreError } from './neo4j-errors.ts';

export type Tx = ManagedTransaction;
export type Row = Record<string, unknown>;

/**
 * Every call opens a session on the configured database (never the server's
 * default), runs one managed transaction (retried by the driver on transient
 * errors, so the work must be repeatable) and translates failures for people.
 */
export class Neo4jSession {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  readonly user: string;

  constructor(driver: Driver, target: { database: string; uri: string; user: string }) {
    this.driver = driver;
    this.database = target.database;
    this.uri = target.uri;
    this.user = target.user;
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.#run(neo4j.session.READ, (session) => session.executeRead(work));
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.#run(neo4j.session.WRITE, (session) => session.executeWrite(work));
  }

  /**
   * Asks the server to checkpoint, after which it may prune transaction logs that
   * still hold erased data (see README.md, "Erasure"). `db.checkpoint()` exists in
   * Enterprise Edition and Aura only, and may be forbidden to this user: then the
   * server's own checkpoint schedule does it later, and false says so. The erasure
   * itself has committed by then, so no failure here is reported as its failure.
   */
  async checkpoint(): Promise<boolean> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run('CALL db.checkpoint()');
      return true;
    } catch {
      return false;
    } finally {
      await session.close();
    }
  }

  async #run<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (error) {
      throw toNeo4jStoreError(error, this);
    } finally {
      await session.close();
    }
  }
}

/** Runs one statement and returns its records as plain objects (values still raw). */
export async function rows(tx: Tx, query: string, params: Row = {}): Promise<Row[]> {
  const result = await tx.run(query, params);
  return result.records.map((record) => record.toObject() as Row);
}
