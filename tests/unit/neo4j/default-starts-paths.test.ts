import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAnalysisService,
  type AnalysisService,
} from '../../../electron/backend/analysis/analysis-service.ts';
import { comparableRoutes } from './comparable-routes.ts';
import { neo4jServer } from './neo4j-test-server.ts';
import { openStorePair, type StorePair } from './store-pair.ts';
import {
  ACCOUNTS,
  FAR_ACCOUNT,
  ORG_ROUTES_AS_OF,
  orgRoutesNetwork,
  WEAK_ACCOUNT,
} from './org-routes-network.ts';

/**
 * Default starts (every Colleague and the OwnCompany) on Neo4j: the store reads
 * the starts by label, the target's people as ends, and only the routes that can
 * score; the embedded store searches the whole network. The answers must match.
 */
describe.skipIf(!neo4jServer)('paths from the default starts on Neo4j', () => {
  let pair: StorePair | undefined;
  let onEmbedded: AnalysisService;
  let onNeo4j: AnalysisService;

  beforeAll(async () => {
    pair = await openStorePair(async (...both) => {
      for (const target of both) await target.upsertBatch(orgRoutesNetwork());
    });
    onEmbedded = createAnalysisService(pair.embedded);
    onNeo4j = createAnalysisService(pair.neo4j);
  });

  afterAll(() => pair?.close());

  const targets = [...ACCOUNTS, WEAK_ACCOUNT, FAR_ACCOUNT, 'acc-1-p1', 'acc-2-p3'];
  it.each(targets.flatMap((to) => [false, true].map((include) => [to, include] as const)))(
    'finds the same k best paths to %s (includeNoConsent %s)',
    async (to, includeNoConsent) => {
      for (const k of [5, 8]) {
        const query = { to, k, maxHops: 4, asOf: ORG_ROUTES_AS_OF, includeNoConsent };
        const here = await onEmbedded.findPaths(query);
        expect(comparableRoutes(await onNeo4j.findPaths(query)), `k = ${k}`).toEqual(
          comparableRoutes(here),
        );
      }
    },
  );

  // The network is built to make the comparison mean something; this checks it does.
  it('compares routes of 3 and 4 hops that end at an account’s people', async () => {
    const best = async (to: string) =>
      onEmbedded.findPaths({ to, k: 5, maxHops: 4, asOf: ORG_ROUTES_AS_OF });
    const accounts = await Promise.all(ACCOUNTS.map(best));
    const paths = accounts.flatMap((output) => output.paths);
    const hops = new Set(paths.map((path) => path.hops));
    expect(hops).toContain(3);
    expect(hops).toContain(4);
    expect(paths.some((path) => /^acc-\d-p\d$/.test(path.nodes.at(-1)!))).toBe(true);
    expect(paths.some((path) => path.nodes.some((id) => id.startsWith('mid-')))).toBe(true);
    expect(accounts.some((output) => output.excluded.length > 0)).toBe(true);
    // Scores far below the first thresholds: the search had to read every route.
    const weak = (await best(WEAK_ACCOUNT)).paths;
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.at(-1)!.score).toBeLessThan(0.1);
    expect((await best(FAR_ACCOUNT)).paths).toEqual([]);
  });
});
