import neo4j from 'neo4j-driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../../electron/backend/store/neo4j/open-neo4j-store.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import { XrmError } from '../../../shared/errors.ts';
import { generateNetwork } from '../../contract/generate-network.ts';
import { startNeo4j, type RunningNeo4j } from '../../neo4j-server/neo4j-launcher.ts';
import { neo4jServer } from './neo4j-test-server.ts';

const BATCH = 5_000;
const network = generateNetwork();

async function importAll(store: GraphStore, onBatch: (index: number) => void): Promise<void> {
  await store.upsertNodes(network.nodes);
  for (let i = 0; i < network.relationships.length; i += BATCH) {
    onBatch(i / BATCH);
    await store.upsertRelationships(network.relationships.slice(i, i + BATCH));
  }
}

async function countsByCypher(server: RunningNeo4j) {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
    disableLosslessIntegers: true,
  });
  try {
    const { records } = await driver.executeQuery(
      `MATCH (n:Stakeholder) WITH count(n) AS nodes, count(DISTINCT n.id) AS nodeIds
       MATCH ()-[r]->() RETURN nodes, nodeIds, count(r) AS rels, count(DISTINCT r.id) AS relIds`,
      {},
      { database: 'neo4j' },
    );
    return records[0]!.toObject();
  } finally {
    await driver.close();
  }
}

// Its own server (the shared one must not be stopped): slow, so one test does it all.
describe.skipIf(!neo4jServer)('Neo4j store: the server stops in the middle of an import', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xrm-neo4j-interrupted-'));
  let server: RunningNeo4j | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('fails with a clear error, and running the import again completes without duplicates', async () => {
    server = await startNeo4j({ dataDir });
    const first = await openNeo4jStore({ ...server, database: 'neo4j' });
    let stopping: Promise<void> | undefined;
    const running = server;
    const error = await importAll(first, (batch) => {
      if (batch === 2) stopping = running.stop();
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await stopping;
    await first.close().catch(() => undefined);
    expect(error).toBeInstanceOf(XrmError);
    expect((error as XrmError).code).toBe('store-unavailable');
    expect((error as XrmError).message).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);

    server = await startNeo4j({ dataDir, password: running.password });
    const second = await openNeo4jStore({ ...server, database: 'neo4j' });
    try {
      await importAll(second, () => {});
      expect(await countsByCypher(server)).toEqual({
        nodes: network.nodes.length,
        nodeIds: network.nodes.length,
        rels: network.relationships.length,
        relIds: network.relationships.length,
      });
      expect(
        (await second.upsertRelationships(network.relationships.slice(0, 100))).unchanged,
      ).toBe(100);
    } finally {
      await second.close();
    }
  }, 600_000);
});
