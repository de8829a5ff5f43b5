import fc from 'fast-check';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import {
  brandesBetweenness,
  buildCsr,
  centrality,
  centralityValues,
  metricsGraph,
} from '../../../shared/analysis/index.ts';
import { KARATE_EDGES, NETWORKX_BETWEENNESS, NETWORKX_PAGERANK } from './karate-club.ts';
import { acquaintances, influenceChain, personId } from './metrics-fixtures.ts';

// graphology's own betweenness is the correctness reference for the typed-array kernel.
const graphologyBetweenness = (
  betweennessModule as unknown as { default: typeof betweennessModule.default }
).default;

describe("Zachary's karate club against NetworkX", () => {
  const karate = acquaintances(34, KARATE_EDGES);

  it('has the 78 friendships of the literature', () => {
    expect(karate.order).toBe(34);
    expect(karate.size).toBe(78);
  });

  it('gives NetworkX betweenness (node 0 ≈ 0.4376, node 33 ≈ 0.3041)', () => {
    const values = centralityValues(karate, 'betweenness');
    NETWORKX_BETWEENNESS.forEach((expected, i) => {
      expect(values.get(personId(i))).toBeCloseTo(expected, 12);
    });
  });

  it('gives NetworkX PageRank with alpha 0.85 (node 33 ≈ 0.1009, node 0 ≈ 0.0970)', () => {
    const values = centralityValues(karate, 'pagerank');
    NETWORKX_PAGERANK.forEach((expected, i) => {
      expect(values.get(personId(i))).toBeCloseTo(expected, 5);
    });
  });

  it('ranks the two club leaders first by betweenness, in the JSON shape of DESIGN.md', () => {
    const result = centrality(karate, 'betweenness');
    expect(result.metric).toBe('betweenness');
    expect(result.scores.slice(0, 2).map((s) => s.id)).toEqual([personId(0), personId(33)]);
    expect(result.scores[0]).toEqual({ id: 'p00', name: 'Member 0', score: expect.any(Number) });
  });

  it('gives degree centrality as degree / (n − 1)', () => {
    const values = centralityValues(karate, 'degree');
    expect(values.get(personId(33))).toBeCloseTo(17 / 33, 12);
    expect(values.get(personId(0))).toBeCloseTo(16 / 33, 12);
  });
});

describe('directed metrics follow the flow of influence', () => {
  // NetworkX 3.6.1 on DiGraph([(0,1),(1,2),(2,0),(2,3),(3,4)]).
  const chain = influenceChain(5, [
    [0, 1],
    [1, 2],
    [2, 0],
    [2, 3],
    [3, 4],
  ]);

  it('normalises directed betweenness by 1/((n−1)(n−2)) as NetworkX', () => {
    const values = centralityValues(chain, 'betweenness', { directed: true });
    const expected = [0.08333333333333333, 0.25, 0.41666666666666663, 0.25, 0];
    expected.forEach((v, i) => expect(values.get(personId(i))).toBeCloseTo(v, 12));
  });

  it('spreads dangling rank uniformly as NetworkX', () => {
    const values = centralityValues(chain, 'pagerank', { directed: true });
    const expected = [
      0.16903264546410712, 0.20925019475863213, 0.24343431955452144, 0.16903264546410712,
      0.20925019475863213,
    ];
    expected.forEach((v, i) => expect(values.get(personId(i))).toBeCloseTo(v, 5));
  });
});

const edgeListArb = fc
  .integer({ min: 3, max: 40 })
  .chain((n) =>
    fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 * n })
      .map((pairs) => ({ n, pairs: pairs.filter(([a, b]) => a !== b) })),
  );

describe('the typed-array Brandes kernel', () => {
  it('equals graphology betweenness on random undirected graphs', () => {
    fc.assert(
      fc.property(edgeListArb, ({ n, pairs }) => {
        const projection = metricsGraph(acquaintances(n, dedupe(pairs)));
        const ours = brandesBetweenness(buildCsr(projection));
        const reference = graphologyBetweenness(projection, {
          getEdgeWeight: null,
          normalized: true,
        });
        buildCsr(projection).ids.forEach((id, i) =>
          expect(ours[i]).toBeCloseTo(reference[id]!, 10),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('equals graphology betweenness on random directed graphs, raw and normalised', () => {
    fc.assert(
      fc.property(edgeListArb, fc.boolean(), ({ n, pairs }, normalized) => {
        const projection = metricsGraph(influenceChain(n, dedupe(pairs)), { directed: true });
        const csr = buildCsr(projection);
        const ours = brandesBetweenness(csr, normalized);
        const reference = graphologyBetweenness(projection, { getEdgeWeight: null, normalized });
        csr.ids.forEach((id, i) => expect(ours[i]).toBeCloseTo(reference[id]!, 10));
      }),
      { numRuns: 200 },
    );
  });
});

function dedupe(pairs: readonly (readonly [number, number])[]): [number, number][] {
  const seen = new Map<string, [number, number]>();
  for (const [a, b] of pairs) seen.set(`${a}-${b}`, [a, b]);
  return [...seen.values()];
}
