import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jStore } from '../../../electron/backend/store/neo4j/neo4j-store.ts';
import {
  openEmbeddedStore,
  type EmbeddedStore,
} from '../../../electron/backend/store/open-embedded-store.ts';
import { openFreshStore } from './neo4j-test-server.ts';

/** An embedded store in a folder of its own and the emptied Neo4j store, to compare answers. */
export interface StorePair {
  readonly embedded: EmbeddedStore;
  readonly neo4j: Neo4jStore;
  /** Closes both stores and removes the embedded store's folder. */
  close(): Promise<void>;
}

/** `fill` puts the same network into both, however the test wants it to get there. */
export async function openStorePair(
  fill: (embedded: EmbeddedStore, neo4j: Neo4jStore) => Promise<unknown>,
): Promise<StorePair> {
  const folder = mkdtempSync(join(tmpdir(), 'xrm-neo4j-pair-'));
  const embedded = await openEmbeddedStore(join(folder, 'pair.db'));
  const neo4j = await openFreshStore();
  await fill(embedded, neo4j);
  return {
    embedded,
    neo4j,
    async close() {
      await Promise.all([embedded.close(), neo4j.close()]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
