import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyNetwork, type CopySummary } from '../../../electron/backend/copy/copy-network.ts';
import { demoNetwork } from '../../../electron/backend/demo/demo-network.ts';
import { loadDemo } from '../../../electron/backend/demo/load-demo.ts';
import type { Neo4jStore } from '../../../electron/backend/store/neo4j/neo4j-store.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { snapshot } from '../copy/network-snapshot.ts';
import { cypher, neo4jServer, openFreshStore } from './neo4j-test-server.ts';

function nothingWritten(summary: CopySummary): void {
  for (const phase of [summary.nodes, summary.relationships, summary.interactions]) {
    expect(phase.created + phase.updated).toBe(0);
  }
}

describe.skipIf(!neo4jServer)('copy: embedded → Neo4j → embedded', () => {
  let folder: string;
  let embedded: EmbeddedStore;
  let back: EmbeddedStore;
  let neo4j: Neo4jStore;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'xrm-neo4j-copy-'));
    embedded = await openEmbeddedStore(join(folder, 'source.db'));
    back = await openEmbeddedStore(join(folder, 'back.db'));
    await loadDemo(embedded);
    // openFreshStore empties the database first (MATCH (n) DETACH DELETE n).
    neo4j = await openFreshStore();
  });

  afterAll(async () => {
    await Promise.all([embedded?.close(), back?.close(), neo4j?.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('copies the demo network into Neo4j with equal counts and equal data', async () => {
    const demo = demoNetwork();
    const summary = await copyNetwork(embedded, neo4j, { batchSize: 25 });
    expect(summary.nodes.created).toBe(demo.nodes.length);
    expect(summary.relationships.created).toBe(demo.relationships.length);
    expect(summary.interactions.created).toBe(demo.interactions.length);
    expect(await neo4j.counts()).toEqual(await embedded.counts());
    expect(await snapshot(neo4j)).toEqual(await snapshot(embedded));
  });

  it('keeps lastContact as it was: interactions are not logged a second time', async () => {
    const [row] = await cypher(
      'MATCH ()-[r]->() WHERE r.lastContact IS NOT NULL RETURN count(r) AS n',
    );
    expect(row?.n).toBeGreaterThan(0);
    const source = (await snapshot(embedded)).relationships.map((r) => [r.id, r.lastContact]);
    const copied = (await snapshot(neo4j)).relationships.map((r) => [r.id, r.lastContact]);
    expect(copied).toEqual(source);
  });

  it('changes nothing when copied again', async () => {
    nothingWritten(await copyNetwork(embedded, neo4j));
    expect(await neo4j.counts()).toEqual(await embedded.counts());
  });

  it('copies back from Neo4j into a fresh embedded store, equal to the original', async () => {
    const summary = await copyNetwork(neo4j, back, { batchSize: 10 });
    expect(summary.nodes.created).toBe(demoNetwork().nodes.length);
    expect(await back.counts()).toEqual(await embedded.counts());
    expect(await snapshot(back)).toEqual(await snapshot(embedded));
    nothingWritten(await copyNetwork(neo4j, back));
  });

  it('brings an edited interaction across on the next copy, and only that one', async () => {
    const [first] = (await snapshot(embedded)).interactions;
    if (!first) throw new Error('the demo network has interactions');
    await embedded.importInteractions([
      { ...first, summary: 'Nachgetragen: Angebot überarbeitet' },
    ]);
    const summary = await copyNetwork(embedded, neo4j);
    expect(summary.interactions).toEqual({
      created: 0,
      updated: 1,
      unchanged: demoNetwork().interactions.length - 1,
    });
    expect(await snapshot(neo4j)).toEqual(await snapshot(embedded));
  });
});
