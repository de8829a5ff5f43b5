import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '../../../electron/backend/demo/load-demo.ts';
import {
  openEmbeddedStore,
  type EmbeddedStore,
} from '../../../electron/backend/store/open-embedded-store.ts';
import type { GraphStore, StoreDescription } from '../../../shared/store/graph-store.ts';

/** A real SQLite file holding the demo network; `dispose` closes and deletes it. */
export async function demoStore(): Promise<{ store: EmbeddedStore; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'xrm-analysis-'));
  const store = await openEmbeddedStore(join(dir, 'demo.db'));
  await loadDemo(store);
  return {
    store,
    async dispose() {
      try {
        await store.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The same SQLite store presenting itself as Neo4j, so the service takes its
 * bounded-subgraph road against real data (the subgraph query is the store's own).
 */
export function posingAsNeo4j(store: GraphStore): GraphStore {
  const description: StoreDescription = { kind: 'neo4j', uri: 'bolt://test', database: 'neo4j' };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'description') return description;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Every customer id in the store, sorted. */
export async function customerIds(store: GraphStore): Promise<string[]> {
  const ids: string[] = [];
  for await (const batch of store.streamNodes()) {
    for (const node of batch) if (node.kind === 'Customer') ids.push(node.id);
  }
  return ids.sort();
}
