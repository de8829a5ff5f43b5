import neo4j from 'neo4j-driver';
import { NEO4J_SCHEMA_STATEMENTS } from '../../../../graph-schema/index.ts';
import { XrmError } from '../../../../shared/errors.ts';
import { toNeo4jStoreError } from './neo4j-errors.ts';
import { Neo4jSession } from './neo4j-session.ts';
import { Neo4jStore } from './neo4j-store.ts';

export interface Neo4jConnection {
  /** `neo4j://`, `bolt://`, or `neo4j+s://` for Aura and clusters with TLS. */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Always passed to the server: never rely on its default database. */
  readonly database?: string;
  /** The connection profile's name, shown to the user. */
  readonly profile?: string;
}

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Connects, checks login and database, creates constraints and indexes (all
 * `IF NOT EXISTS`, so every connect may run them) and waits until the indexes
 * are online. Any failure closes the driver and says what went wrong.
 */
export async function openNeo4jStore(connection: Neo4jConnection): Promise<Neo4jStore> {
  const database = connection.database ?? 'neo4j';
  const target = { uri: connection.uri, user: connection.user, database };
  let driver;
  try {
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      connectionTimeout: CONNECT_TIMEOUT_MS,
      connectionAcquisitionTimeout: CONNECT_TIMEOUT_MS,
      maxTransactionRetryTime: 15_000,
      disableLosslessIntegers: true,
      userAgent: 'xrm-explorer',
    });
  } catch (error) {
    throw new XrmError(
      'invalid-input',
      `"${connection.uri}" is not a Neo4j address. Use neo4j://host:7687, bolt://host:7687 or neo4j+s://host.`,
      { cause: error },
    );
  }
  try {
    await driver.getServerInfo({ database });
    for (const statement of NEO4J_SCHEMA_STATEMENTS) {
      await driver.executeQuery(statement, {}, { database, routing: neo4j.routing.WRITE });
    }
    await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  } catch (error) {
    await driver.close();
    throw toNeo4jStoreError(error, target);
  }
  return new Neo4jStore(new Neo4jSession(driver, target), connection.profile);
}
