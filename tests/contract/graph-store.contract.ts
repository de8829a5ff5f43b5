import { describe } from 'vitest';
import { describeBulkReads } from './contract-bulk-reads.ts';
import { describeGraph } from './contract-graph.ts';
import type { OpenStore } from './contract-fixtures.ts';
import { describeLargeNetwork } from './contract-network.ts';
import { describeInteractionsAndPrivacy } from './contract-privacy.ts';
import { describeSearch } from './contract-search.ts';
import { describeWrites } from './contract-writes.ts';

/**
 * The behaviour every GraphStore promises, written only against the interface:
 * the embedded store and the Neo4j store both run it. `open` must hand out an
 * empty store each time; `cleanup` closes and removes it.
 *
 * Where the interface leaves room, the suite pins one meaning down:
 * - duplicates within one batch count once (the last one wins);
 * - a relationship upsert without `lastContact` keeps the stored one;
 * - `relationshipsTouched` counts relationships whose lastContact actually moved;
 * - deleting a node drops interactions left with fewer than two participants;
 * - subgraph seeds are always expanded, hubs only counted, and the relationships
 *   returned are all those among the returned nodes.
 */
export function describeGraphStoreContract(name: string, open: OpenStore): void {
  describe(`GraphStore contract: ${name}`, () => {
    // Each part in its own describe so its beforeEach/afterEach open one store per
    // test of that part only: a store on a shared server (Neo4j Community has one
    // database) is emptied by every open, and the parts' hooks must not stack.
    describe('writes', () => describeWrites(open));
    describe('search', () => describeSearch(open));
    describe('graph', () => describeGraph(open));
    describe('interactions and privacy', () => describeInteractionsAndPrivacy(open));
    describe('bulk reads for imports', () => describeBulkReads(open));
    describeLargeNetwork(open);
  });
}

export type { OpenStore };
