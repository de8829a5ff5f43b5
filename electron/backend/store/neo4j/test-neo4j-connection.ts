import neo4j from 'neo4j-driver';
import { XrmError } from '../../../../shared/errors.ts';
import { toNeo4jStoreError } from './neo4j-errors.ts';
import type { Neo4jConnection } from './open-neo4j-store.ts';

export interface ConnectionCheck {
  /** e.g. "5.26.0" */
  readonly serverVersion: string;
}

/**
 * Logs in and asks for the database, nothing more: the settings' "Test
 * connection" must not create indexes on a server the user is only trying out.
 * Fails with the same human messages as opening the store.
 */
export async function testNeo4jConnection(connection: Neo4jConnection): Promise<ConnectionCheck> {
  const database = connection.database ?? 'neo4j';
  const target = { uri: connection.uri, user: connection.user, database };
  let driver;
  try {
    driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      connectionTimeout: 10_000,
      connectionAcquisitionTimeout: 10_000,
      userAgent: 'xrm-explorer',
    });
  } catch (error) {
    throw new XrmError('invalid-input', `"${connection.uri}" is not a Neo4j address.`, {
      cause: error,
    });
  }
  try {
    const info = await driver.getServerInfo({ database });
    // The database must exist, not just the server: a query on it says so.
    await driver.executeQuery('RETURN 1', {}, { database, routing: neo4j.routing.READ });
    return { serverVersion: (info.agent ?? '').replace(/^Neo4j\//i, '') };
  } catch (error) {
    throw toNeo4jStoreError(error, target);
  } finally {
    await driver.close();
  }
}
