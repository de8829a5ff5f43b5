import { writeFileSync } from 'node:fs';
import { validateBatch } from '../../graph-schema/index.ts';
import {
  brokersForAccount,
  buildAnalysisGraph,
  centralityValues,
  findKBestPaths,
  keyPersonRisk,
} from '../../shared/analysis/index.ts';
import { openEmbeddedStore } from '../../electron/backend/store/open-embedded-store.ts';
import { GENERATED_AS_OF, generateNetwork, type NetworkSpec } from './generate-network.ts';
import { seconds } from './child-common.ts';
import { loadWholeNetwork } from '../../electron/backend/analysis/analysis-graph-source.ts';
import { latencySummary } from './stats.ts';
import { Prng } from './prng.ts';

/** k = 5, maxHops = 4 paths to random key accounts on the loaded graph; brokers and risk for one. */
export async function pathsTask(args: { db: string; queries: number; seed: number }) {
  const store = await openEmbeddedStore(args.db);
  // As the app loads it; the store stays open: explanations read their records from it.
  const graph = await loadWholeNetwork(store);
  const accounts = graph.nodes.filter((n) => n.keyAccount).map((n) => n.id);
  const rng = new Prng(args.seed);
  const options = { k: 5, maxHops: 4, asOf: GENERATED_AS_OF };
  let t = performance.now();
  findKBestPaths(graph, { ...options, to: accounts[0]! }); // lays out the costs for this asOf
  const firstQueryMs = performance.now() - t;
  const ms: number[] = [];
  let found = 0;
  for (let i = 0; i < args.queries; i++) {
    const to = rng.pick(accounts);
    t = performance.now();
    found += findKBestPaths(graph, { ...options, to }).paths.length;
    ms.push(performance.now() - t);
  }
  const account = accounts[0]!;
  t = performance.now();
  const brokers = brokersForAccount(graph, account, { asOf: GENERATED_AS_OF });
  const brokersSeconds = seconds(t);
  t = performance.now();
  const risk = keyPersonRisk(graph, account, { asOf: GENERATED_AS_OF });
  const riskSeconds = seconds(t);
  await store.close();
  return {
    ...latencySummary(ms),
    firstQueryMs,
    keyAccounts: accounts.length,
    meanPaths: found / args.queries,
    brokersSeconds,
    brokers: brokers.brokers.length,
    riskSeconds,
    risks: risk.risks.length,
  };
}

/** Betweenness and PageRank as `xrm centrality` computes them; scores go to `out` for the agreement check. */
export function centralityTask(args: { spec: NetworkSpec; out: string }) {
  const generated = generateNetwork(args.spec);
  const valid = validateBatch(generated, () => undefined);
  if (valid.issues.length > 0)
    throw new Error(`generator made invalid data: ${valid.issues[0]!.message}`);
  let t = performance.now();
  const graph = buildAnalysisGraph(valid.nodes, valid.relationships);
  const loadSeconds = seconds(t);
  t = performance.now();
  const betweenness = centralityValues(graph, 'betweenness');
  const betweennessSeconds = seconds(t);
  t = performance.now();
  const pagerank = centralityValues(graph, 'pagerank');
  const pagerankSeconds = seconds(t);
  writeFileSync(
    args.out,
    JSON.stringify({
      betweenness: Object.fromEntries(betweenness),
      pagerank: Object.fromEntries(pagerank),
    }),
  );
  return {
    loadSeconds,
    betweennessSeconds,
    pagerankSeconds,
    nodes: graph.order,
    edges: graph.size,
  };
}
