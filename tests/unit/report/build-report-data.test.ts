import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../electron/backend/demo/demo-network.ts';
import { DEMO_ROUTE } from '../../../electron/backend/demo/demo-route.ts';
import { buildReportData } from '../../../electron/backend/report/build-report-data.ts';
import {
  buyingCentreCoverage,
  findKBestPaths,
  type AnalysisGraph,
} from '../../../shared/analysis/index.ts';
import { ReportDataSchema, type ReportData } from '../../../shared/report/report-data.schema.ts';
import { demoStore, wholeGraph, type DemoStore } from './report-fixture.ts';

let demo: DemoStore;
let graph: AnalysisGraph;
let data: ReportData;
beforeAll(async () => {
  demo = await demoStore();
  graph = await wholeGraph(demo.store);
  data = await buildReportData({
    store: demo.store,
    account: DEMO_ROUTE.account,
    asOf: DEMO_AS_OF,
    now: new Date('2026-11-02T09:00:00Z'),
  });
});
afterAll(async () => demo.close());

describe('report data for the demo key account', () => {
  it('fits the contract the report page reads', () => {
    expect(() => ReportDataSchema.parse(data)).not.toThrow();
    expect(data.account.id).toBe(DEMO_ROUTE.account);
    expect(data.asOf).toBe(DEMO_AS_OF);
    expect(data.store).toEqual(demo.store.description);
  });

  it('names the colleague who manages the account as its owner', () => {
    const managers = graph
      .filterEdges(DEMO_ROUTE.account, (_key, rel) => rel.type === 'MANAGES')
      .map((key) => graph.source(key));
    expect(managers.length).toBeGreaterThan(0);
    expect(data.owners.map((owner) => owner.id).sort()).toEqual(managers.sort());
    expect(data.owners.map((owner) => owner.id)).toContain(DEMO_ROUTE.colleague);
  });

  it('has the same best paths as the analysis on the whole network', () => {
    const reference = findKBestPaths(graph, { to: DEMO_ROUTE.account, asOf: DEMO_AS_OF });
    expect(data.paths.map((path) => [path.start.id, ...path.hops.map((hop) => hop.to)])).toEqual(
      reference.paths.map((path) => path.nodes),
    );
    expect(data.paths.map((path) => path.score)).toEqual(reference.paths.map((p) => p.score));
    // The documented demo route is the strongest way in.
    expect(data.paths[0]!.start.id).toBe(DEMO_ROUTE.colleague);
    expect(data.paths[0]!.hops.map((hop) => hop.to)).toEqual([
      DEMO_ROUTE.planner,
      DEMO_ROUTE.decisionMaker,
    ]);
  });

  it('covers the buying centre as the analysis does', () => {
    const reference = buyingCentreCoverage(graph, DEMO_ROUTE.account, { asOf: DEMO_AS_OF });
    expect(data.coverage.reachable.map((m) => m.id)).toEqual(reference.reachable.map((m) => m.id));
    expect(data.coverage.unreachable.map((m) => m.id)).toEqual(
      reference.unreachable.map((m) => m.id),
    );
    for (const member of data.coverage.reachable) expect(member.route.length).toBeGreaterThan(1);
  });

  it('lists only relationships whose last contact is more than a year old as stale', () => {
    for (const rel of data.health.stale) {
      expect(rel.ageDays).toBeGreaterThan(data.settings.staleAfterDays);
      expect(graph.getEdgeAttribute(rel.id, 'lastContact')).toBe(rel.lastContact);
    }
    const adverse = new Set(['skeptic', 'opponent']);
    for (const person of data.health.adverse) {
      expect(adverse.has(person.stance)).toBe(true);
      for (const rank of person.paths) {
        const path = data.paths[rank - 1]!;
        expect([path.start.id, ...path.hops.map((hop) => hop.to)]).toContain(person.id);
      }
    }
  });

  it('draws the account, its people and every node and edge of the best paths on the map', () => {
    const onMap = new Set(data.map.nodes.map((node) => node.id));
    expect(data.map.nodes.find((node) => node.id === DEMO_ROUTE.account)?.hops).toBe(0);
    for (const path of data.paths) {
      for (const hop of path.hops) {
        expect(onMap.has(hop.from) && onMap.has(hop.to)).toBe(true);
        const edge = data.map.edges.find(
          (e) =>
            e.type === hop.type &&
            [e.source, e.target].sort().join() === [hop.from, hop.to].sort().join(),
        );
        expect(edge?.paths).toContain(path.rank);
      }
    }
    for (const edge of data.map.edges)
      expect(onMap.has(edge.source) && onMap.has(edge.target)).toBe(true);
  });

  it('refuses a person and an unknown id with messages naming them', async () => {
    await expect(
      buildReportData({ store: demo.store, account: DEMO_ROUTE.planner }),
    ).rejects.toThrow(/Heike Lindner.*organisation/);
    await expect(buildReportData({ store: demo.store, account: 'cust-nowhere' })).rejects.toThrow(
      /cust-nowhere/,
    );
  });
});

describe('report data from the bounded subgraph (a store too big to read whole)', () => {
  it('finds the same routes, coverage and map as from the store read whole', async () => {
    const walked = await buildReportData({
      store: demo.store,
      account: DEMO_ROUTE.account,
      asOf: DEMO_AS_OF,
      now: new Date('2026-11-02T09:00:00Z'),
      readWholeMaxNodes: 0,
    });
    expect(walked.paths).toEqual(data.paths);
    expect(walked.coverage).toEqual(data.coverage);
    expect(walked.brokers).toEqual(data.brokers);
    expect(walked.map.nodes).toEqual(data.map.nodes);
    expect(walked.map.omitted).toBe(data.map.omitted);
  });
});
