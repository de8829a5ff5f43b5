import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAnalysisService,
  type AnalysisService,
} from '../../../electron/backend/analysis/analysis-service.ts';
import { copyNetwork } from '../../../electron/backend/copy/copy-network.ts';
import { DEMO_AS_OF, demoNetwork } from '../../../electron/backend/demo/demo-network.ts';
import { loadDemo } from '../../../electron/backend/demo/load-demo.ts';
import { comparableRoutes } from './comparable-routes.ts';
import { neo4jServer } from './neo4j-test-server.ts';
import { openStorePair, type StorePair } from './store-pair.ts';

/**
 * The same network answered by both stores: the embedded store analyses the whole
 * graph it holds, Neo4j only a bounded subgraph around each target. For the demo
 * network (no hub above the cap) the answers must be identical.
 */
describe.skipIf(!neo4jServer)('analysis on Neo4j equals analysis on the embedded store', () => {
  let pair: StorePair | undefined;
  let onEmbedded: AnalysisService;
  let onNeo4j: AnalysisService;
  const accounts = demoNetwork()
    .nodes.filter((node) => node.kind === 'Customer' && node.keyAccount === true)
    .map((node) => node.id);

  beforeAll(async () => {
    // The demo goes to Neo4j the way a user's network does: copied from the embedded store.
    pair = await openStorePair(async (embedded, neo4j) => {
      await loadDemo(embedded);
      await copyNetwork(embedded, neo4j);
    });
    onEmbedded = createAnalysisService(pair.embedded);
    onNeo4j = createAnalysisService(pair.neo4j);
  });

  afterAll(() => pair?.close());

  it('finds the same k best paths to every key account, with and without consent', async () => {
    expect(accounts.length).toBeGreaterThanOrEqual(8);
    for (const to of accounts) {
      for (const includeNoConsent of [false, true]) {
        const query = { to, k: 5, maxHops: 4, asOf: DEMO_AS_OF, includeNoConsent };
        const here = comparableRoutes(await onEmbedded.findPaths(query));
        const there = comparableRoutes(await onNeo4j.findPaths(query));
        expect(there, `${to}, includeNoConsent ${includeNoConsent}`).toEqual(here);
      }
    }
  });

  it('finds the same paths to a person from a chosen colleague', async () => {
    const query = {
      to: 'con-hansa-friedrich-hansen',
      from: ['col-jonas-brenner'],
      k: 8,
      maxHops: 4,
      asOf: DEMO_AS_OF,
    };
    const here = comparableRoutes(await onEmbedded.findPaths(query));
    expect(here.paths.length).toBeGreaterThan(0);
    expect(comparableRoutes(await onNeo4j.findPaths(query))).toEqual(here);
  });

  it.each(['betweenness', 'pagerank', 'degree'] as const)(
    'computes the same %s for every stakeholder',
    async (metric) => {
      const scores = async (service: AnalysisService) =>
        (await service.centrality({ metric, limit: 1_000 })).scores
          .map((s) => [s.id, Number(s.score.toFixed(9))] as const)
          .sort(([a], [b]) => a.localeCompare(b));
      expect(await scores(onNeo4j)).toEqual(await scores(onEmbedded));
    },
  );
});
