import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisService } from '../../../electron/backend/analysis/analysis-service.ts';
import { DEMO_AS_OF, DEMO_ROUTE } from '../../../electron/backend/demo/demo-network.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { CENTRALITY_METRICS } from '../../../shared/analysis/index.ts';
import { CENTRALITY_METRIC_NAMES } from '../../../shared/domain/analysis.schema.ts';
import { customerIds, demoStore, posingAsNeo4j } from './demo-store.ts';

let store: EmbeddedStore;
let dispose: () => Promise<void>;

beforeAll(async () => {
  ({ store, dispose } = await demoStore());
});
afterAll(() => dispose());

const route = [DEMO_ROUTE.colleague, DEMO_ROUTE.planner, DEMO_ROUTE.decisionMaker];

describe('the analysis service on the embedded demo store', { timeout: 60_000 }, () => {
  it('finds the documented route to the key account first, with names for every node', async () => {
    const service = createAnalysisService(store);
    const result = await service.findPaths({ to: DEMO_ROUTE.account, asOf: DEMO_AS_OF });
    expect(result.paths[0]!.nodes).toEqual(route);
    expect(result.paths[0]!.explanation.map((hop) => hop.reached.id)).toEqual(route.slice(1));
    const scores = result.paths.map((path) => path.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const named = new Set(result.stakeholders.map((s) => s.id));
    expect(named).toContain(DEMO_ROUTE.account);
    for (const path of result.paths) for (const id of path.nodes) expect(named).toContain(id);
    expect(result.notes).toEqual([]);
  });

  it('leaves people who denied consent off the routes and reports them in `excluded`', async () => {
    const service = createAnalysisService(store);
    let checked = 0;
    for (const account of await customerIds(store)) {
      const result = await service.findPaths({ to: account, asOf: DEMO_AS_OF });
      if (result.excluded.length === 0) continue;
      checked += 1;
      const excluded = result.excluded.map((e) => e.id);
      for (const node of await store.getNodes(excluded))
        expect(node.consent?.status).toBe('denied');
      for (const path of result.paths)
        for (const id of excluded) expect(path.nodes).not.toContain(id);
      const flagged = await service.findPaths({
        to: account,
        asOf: DEMO_AS_OF,
        includeNoConsent: true,
      });
      expect(flagged.excluded).toEqual([]);
      const through = flagged.paths.filter((p) => excluded.some((id) => p.nodes.includes(id)));
      expect(through.length).toBeGreaterThan(0);
      for (const path of through) expect(path.flagged).toBe(true);
    }
    // The demo has people who denied consent on the best routes to some accounts.
    expect(checked).toBeGreaterThan(0);
  });

  it('starts only where asked with --from, and names an unknown id', async () => {
    const service = createAnalysisService(store);
    const result = await service.findPaths({
      to: DEMO_ROUTE.decisionMaker,
      from: [DEMO_ROUTE.colleague],
      asOf: DEMO_AS_OF,
    });
    for (const path of result.paths) expect(path.nodes[0]).toBe(DEMO_ROUTE.colleague);
    await expect(service.findPaths({ to: 'no-such-person' })).rejects.toThrow(/"no-such-person"/);
    await expect(
      service.findPaths({ to: DEMO_ROUTE.account, from: ['col-nobody'] }),
    ).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('col-nobody') });
  });

  it('refuses k, maxHops and asOf out of range, naming the value', async () => {
    const service = createAnalysisService(store);
    const to = DEMO_ROUTE.account;
    await expect(service.findPaths({ to, k: 51 })).rejects.toThrow(/k .*51/);
    await expect(service.findPaths({ to, maxHops: 7 })).rejects.toThrow(/maxHops .*7/);
    await expect(service.findPaths({ to, asOf: '2026-02-30' })).rejects.toThrow(/2026-02-30/);
  });

  it('serves the cached network until invalidated, then sees the change', async () => {
    const service = createAnalysisService(store);
    const query = { to: DEMO_ROUTE.account, asOf: DEMO_AS_OF };
    const before = await service.findPaths(query);
    const first = before.paths[0]!;
    const { id, ...stored } = (await store.getRelationship(first.explanation[0]!.relationshipId))!;
    expect(id).toBe(first.explanation[0]!.relationshipId);
    await store.upsertRelationships([{ ...stored, strength: 0.05 }]);
    try {
      expect((await service.findPaths(query)).paths[0]).toEqual(first);
      service.invalidate();
      const after = await service.findPaths(query);
      expect(after.paths[0]!.score).toBeLessThan(first.score);
      expect(after.paths[0]!.nodes).not.toEqual(route);
    } finally {
      await store.upsertRelationships([stored]);
    }
  });

  it('explains brokers, key-person risk and buying-centre coverage of the account', async () => {
    const service = createAnalysisService(store);
    const influence = await service.accountInfluence({
      account: DEMO_ROUTE.account,
      asOf: DEMO_AS_OF,
    });
    expect(influence.brokers.map((b) => b.id)).toContain(DEMO_ROUTE.planner);
    // The planner is the only intermediary of the best route: losing them costs the most.
    expect(influence.risks[0]!.id).toBe(DEMO_ROUTE.planner);
    expect(influence.risks[0]!.drop).toBeGreaterThan(0);
    expect(influence.risks[0]!.accountsLosingAllPaths).toEqual(expect.any(Array));
    const reached = influence.coverage.reachable.map((m) => m.id);
    expect(reached).toContain(DEMO_ROUTE.decisionMaker);
  });

  it('shows which routes vanish without a person, and the best ones left', async () => {
    const service = createAnalysisService(store);
    const whatIf = await service.whatIfRemoved({
      account: DEMO_ROUTE.account,
      removed: DEMO_ROUTE.planner,
      asOf: DEMO_AS_OF,
    });
    expect(whatIf.vanished[0]!.nodes).toEqual(route);
    for (const path of whatIf.after.paths) expect(path.nodes).not.toContain(DEMO_ROUTE.planner);
    expect(whatIf.bestScoreAfter).toBeLessThan(whatIf.bestScoreBefore);
    expect(whatIf.bestScoreAfter).toBe(whatIf.after.paths[0]!.score);
  });

  it('ranks centrality best first within the limit and counts everything scored', async () => {
    const service = createAnalysisService(store);
    const { scores, total } = await service.centrality({ metric: 'degree', limit: 5 });
    expect(scores).toHaveLength(5);
    expect(scores.map((s) => s.score)).toEqual(scores.map((s) => s.score).sort((a, b) => b - a));
    expect(total).toBe((await store.counts()).nodes);
    const people = await service.centrality({
      metric: 'pagerank',
      filter: { kinds: ['Colleague'] },
    });
    const colleagues = (await store.counts()).byKind.Colleague;
    expect(people.total).toBe(colleagues);
    expect(CENTRALITY_METRIC_NAMES).toEqual(CENTRALITY_METRICS);
  });
});

describe(
  'the analysis service on a store that must not be loaded whole (Neo4j)',
  { timeout: 60_000 },
  () => {
    it('answers paths from a bounded subgraph: the same best route as the whole network', async () => {
      const service = createAnalysisService(posingAsNeo4j(store));
      const whole = await createAnalysisService(store).findPaths({
        to: DEMO_ROUTE.account,
        asOf: DEMO_AS_OF,
      });
      const bounded = await service.findPaths({ to: DEMO_ROUTE.account, asOf: DEMO_AS_OF });
      expect(bounded.paths.map((p) => p.nodes)).toEqual(whole.paths.map((p) => p.nodes));
    });

    it('says where it stopped expanding at hubs', async () => {
      const service = createAnalysisService(posingAsNeo4j(store), { hubCap: 3 });
      const result = await service.findPaths({ to: DEMO_ROUTE.account, asOf: DEMO_AS_OF });
      expect(result.notes.join(' ')).toMatch(
        /stopped expanding at \d+ hubs with more than 3 relationships/,
      );
    });

    it('says that whole-network metrics streamed the whole database', async () => {
      const result = await createAnalysisService(posingAsNeo4j(store)).communities({});
      expect(result.notes.join(' ')).toMatch(/whole Neo4j database/);
      expect(result.communities.reduce((n, c) => n + c.size, 0)).toBe((await store.counts()).nodes);
    });
  },
);
