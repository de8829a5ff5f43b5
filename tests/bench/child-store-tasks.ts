import { buildAnalysisNetwork, type AnalysisNetwork } from '../../shared/analysis/index.ts';
import type { NetworkColumns } from '../../shared/store/graph-store.ts';
import { openEmbeddedStore } from '../../electron/backend/store/open-embedded-store.ts';
import { generateNetwork, type NetworkSpec } from './generate-network.ts';
import { collect, freshDb, mb, seconds } from './child-common.ts';
import { latencySummary } from './stats.ts';
import { Prng } from './prng.ts';

/** GraphStore.upsertBatch straight from memory: the store's own write speed. */
export async function upsertTask(args: { spec: NetworkSpec; db: string; batchSize: number }) {
  const network = generateNetwork(args.spec);
  freshDb(args.db);
  const store = await openEmbeddedStore(args.db);
  try {
    const { batchSize } = args;
    let t = performance.now();
    for (let i = 0; i < network.nodes.length; i += batchSize) {
      await store.upsertBatch({ nodes: network.nodes.slice(i, i + batchSize) });
    }
    const nodesSeconds = seconds(t);
    t = performance.now();
    for (let i = 0; i < network.relationships.length; i += batchSize) {
      await store.upsertBatch({ relationships: network.relationships.slice(i, i + batchSize) });
    }
    const relationshipsSeconds = seconds(t);
    const counts = await store.counts();
    return {
      nodesSeconds,
      relationshipsSeconds,
      nodes: counts.nodes,
      relationships: counts.relationships,
    };
  } finally {
    await store.close();
  }
}

/** Everything out of the store into the analysis graph, with its memory cost. */
export async function loadTask(args: { db: string }) {
  const store = await openEmbeddedStore(args.db);
  // Typed arrays live outside the JS heap: count their buffers too.
  const retained = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  collect();
  const heapBefore = retained();
  const rssBefore = process.memoryUsage().rss;
  // What the app does: the store's lean read, then the network with its path index.
  const t = performance.now();
  let streamSeconds = 0;
  // In a function of its own, so the columns are garbage once the network is built.
  const build = (columns: NetworkColumns): AnalysisNetwork => {
    streamSeconds = seconds(t);
    return buildAnalysisNetwork(columns);
  };
  const graph = build(await store.readNetworkColumns());
  const totalSeconds = seconds(t);
  collect();
  const heapDeltaMB = mb(retained() - heapBefore);
  const rssDeltaMB = mb(process.memoryUsage().rss - rssBefore);
  await store.close();
  return {
    totalSeconds,
    streamSeconds,
    buildSeconds: totalSeconds - streamSeconds,
    heapDeltaMB,
    rssDeltaMB,
    order: graph.order,
    size: graph.size,
  };
}

/** 200 prefix queries of real names (3-6 letters of a first or last name). */
export async function searchTask(args: { db: string; queries: number; seed: number }) {
  const store = await openEmbeddedStore(args.db);
  const names: string[] = [];
  for await (const batch of store.streamNodes(10_000)) for (const n of batch) names.push(n.name);
  const rng = new Prng(args.seed);
  const queries = Array.from({ length: args.queries }, () => {
    const word = rng.pick(rng.pick(names).split(' '));
    return word.slice(0, Math.min(word.length, 3 + rng.int(4)));
  });
  for (const q of queries.slice(0, 5)) await store.search({ text: q, limit: 20 }); // warm the page cache
  const ms: number[] = [];
  let hits = 0;
  for (const text of queries) {
    const t = performance.now();
    hits += (await store.search({ text, limit: 20 })).length;
    ms.push(performance.now() - t);
  }
  await store.close();
  return { ...latencySummary(ms), meanHits: hits / queries.length, sample: queries.slice(0, 8) };
}
