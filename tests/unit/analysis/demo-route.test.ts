import { describe, expect, it } from 'vitest';
import { relationshipId, validateBatch } from '../../../graph-schema/index.ts';
import {
  DEMO_AS_OF,
  DEMO_ROUTE,
  demoNetwork,
} from '../../../electron/backend/demo/demo-network.ts';
import {
  brokersForAccount,
  buildAnalysisGraph,
  explainPath,
  findKBestPaths,
  keyPersonRisk,
} from '../../../shared/analysis/index.ts';

/** The demo as the stores hold it: validated, defaults applied, ids assigned. */
function demoGraph() {
  const demo = demoNetwork();
  const batch = validateBatch(demo, () => undefined);
  expect(batch.issues).toEqual([]);
  return buildAnalysisGraph(batch.nodes, batch.relationships);
}

describe('the demo key account Hansa', () => {
  const graph = demoGraph();
  const options = { to: DEMO_ROUTE.account, asOf: DEMO_AS_OF };

  it('is best reached colleague → planner → technical director', () => {
    const { paths } = findKBestPaths(graph, options);
    expect(paths[0]!.nodes).toEqual([
      DEMO_ROUTE.colleague,
      DEMO_ROUTE.planner,
      DEMO_ROUTE.decisionMaker,
    ]);
  });

  it("because the planner's ties are fresh, while the colleague's own MANAGES tie is stale", () => {
    const best = findKBestPaths(graph, options).paths[0]!;
    expect(best.explanation.map((hop) => hop.type)).toEqual(['KNOWS', 'ADVISES']);
    expect(best.explanation.every((hop) => hop.contactAgeDays! < 60)).toBe(true);
    const manages = relationshipId('MANAGES', DEMO_ROUTE.colleague, DEMO_ROUTE.account);
    const [direct] = explainPath(graph, [DEMO_ROUTE.colleague, DEMO_ROUTE.account], [manages], {
      asOf: DEMO_AS_OF,
    });
    expect(direct!.contactAgeDays).toBeGreaterThan(365);
    expect(direct!.weight).toBeLessThan(best.score / 2);
  });

  it('makes the planner a leading broker and the key person of the account', () => {
    const brokers = brokersForAccount(graph, DEMO_ROUTE.account, { asOf: DEMO_AS_OF });
    expect(brokers.brokers.slice(0, 2).map((b) => b.id)).toContain(DEMO_ROUTE.planner);
    const risk = keyPersonRisk(graph, DEMO_ROUTE.account, { asOf: DEMO_AS_OF });
    expect(risk.risks[0]!.id).toBe(DEMO_ROUTE.planner);
    // Without her the best way in is the next-best path that avoids her.
    const next = findKBestPaths(graph, { ...options, k: 20 }).paths.find(
      (p) => !p.nodes.includes(DEMO_ROUTE.planner),
    )!;
    expect(risk.risks[0]!.bestScoreWithout).toBeCloseTo(next.score, 12);
    expect(risk.risks[0]!.drop).toBeGreaterThan(0);
  });
});
