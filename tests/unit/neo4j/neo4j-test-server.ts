import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { openNeo4jStore } from '../../../electron/backend/store/neo4j/open-neo4j-store.ts';
import type { Neo4jStore } from '../../../electron/backend/store/neo4j/neo4j-store.ts';

/** The server the global setup started, or null when the Neo4j suites are skipped. */
export const neo4jServer = inject('neo4j');

/** Empties the one database Community has: every test starts from nothing. */
export async function wipe(): Promise<void> {
  const server = neo4jServer;
  if (!server) throw new Error('No Neo4j test server');
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
  } finally {
    await driver.close();
  }
}

/** A fresh, empty store on the test server. */
export async function openFreshStore(): Promise<Neo4jStore> {
  const server = neo4jServer;
  if (!server) throw new Error('No Neo4j test server');
  await wipe();
  return openNeo4jStore({ ...server, database: 'neo4j' });
}

/** Runs plain Cypher beside the store, as a Neo4j user would. */
export async function cypher(
  query: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const server = neo4jServer;
  if (!server) throw new Error('No Neo4j test server');
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
  });
  try {
    const result = await driver.executeQuery(query, params, { database: 'neo4j' });
    return result.records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}
