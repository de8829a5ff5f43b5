import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph, findKBestPaths } from '../../../shared/analysis/index.ts';
import { bruteForceExcluded, bruteForcePaths, type BruteQuery } from './brute-force-paths.ts';
import { networkArb, type Network } from './random-network.ts';

const queryArb = (net: Network): fc.Arbitrary<BruteQuery> =>
  fc.record({
    to: fc.constantFrom(...net.nodes.map((n) => n.id)),
    from: fc.option(
      fc.subarray(
        net.nodes.map((n) => n.id),
        { minLength: 1 },
      ),
      { nil: undefined },
    ),
    k: fc.integer({ min: 1, max: 8 }),
    maxHops: fc.integer({ min: 1, max: 5 }),
    includeNoConsent: fc.boolean(),
    asOf: fc.constantFrom('2026-01-01', '2024-06-15'),
    halfLifeDays: fc.constantFrom(365, 90),
  });

const scenarioArb = networkArb().chain((net) => queryArb(net).map((query) => ({ net, query })));

function check(net: Network, query: BruteQuery): void {
  const graph = buildAnalysisGraph(net.nodes, net.relationships);
  const result = findKBestPaths(graph, query);
  const expected = bruteForcePaths(net, query);
  const actual = result.paths.map((p) => ({
    nodes: p.nodes,
    rels: p.explanation.map((h) => h.relationshipId),
  }));
  expect(actual).toEqual(expected.map((p) => ({ nodes: p.nodes, rels: p.rels })));
  result.paths.forEach((p, i) => {
    expect(p.score).toBeCloseTo(expected[i]!.score, 12);
    expect(p.hops).toBe(p.relationships.length);
    expect(p.hops).toBeLessThanOrEqual(query.maxHops);
  });
  const excluded = query.includeNoConsent ? [] : bruteForceExcluded(net, query);
  expect(result.excluded.map((e) => e.id)).toEqual(excluded);
}

describe('findKBestPaths against brute-force enumeration', () => {
  it('returns exactly the k best loopless paths, in order, on random networks', () => {
    fc.assert(
      fc.property(scenarioArb, ({ net, query }) => check(net, query)),
      { numRuns: 1000 },
    );
  });

  it('stays exact on denser networks with many ties', () => {
    fc.assert(
      fc.property(
        networkArb(7, 30).chain((net) => queryArb(net).map((query) => ({ net, query }))),
        ({ net, query }) => check(net, query),
      ),
      { numRuns: 400 },
    );
  });
});
