import { describe, expect, it } from 'vitest';
import { findKBestPaths } from '../../../shared/analysis/index.ts';
import { AS_OF, EXPECTED, scenarioGraph } from './stakeholder-scenario.ts';

const graph = scenarioGraph();
const toAcme = { to: 'acme', asOf: AS_OF };

describe('routes to Acme in the hand-built scenario', () => {
  it('ranks Anna → Carl → CFO first, then the direct and the distributor route', () => {
    const { paths } = findKBestPaths(graph, toAcme);
    expect(paths.map((p) => p.nodes)).toEqual([
      ['anna', 'carl', 'cfo'],
      ['anna', 'acme'],
      ['ben', 'sam', 'dist', 'acme'],
    ]);
    expect(paths.map((p) => p.score)).toEqual([
      expect.closeTo(EXPECTED.viaCarl, 12),
      expect.closeTo(EXPECTED.direct, 12),
      expect.closeTo(EXPECTED.viaDistributor, 12),
    ]);
    expect(paths.every((p) => p.flagged === undefined)).toBe(true);
  });

  it('reports the relationships in their stored orientation, as DESIGN.md shapes them', () => {
    const [best] = findKBestPaths(graph, toAcme).paths;
    expect(best).toMatchObject({
      hops: 2,
      relationships: [
        { type: 'KNOWS', source: 'anna', target: 'carl', strength: 0.8 },
        { type: 'ADVISES', source: 'carl', target: 'cfo', strength: 0.9 },
      ],
    });
  });

  it('explains each hop: type, strength, contact age, weight and who is reached', () => {
    const [first, second] = findKBestPaths(graph, toAcme).paths[0]!.explanation;
    expect(first).toMatchObject({
      from: 'anna',
      to: 'carl',
      type: 'KNOWS',
      lastContact: '2025-12-01',
      contactAgeDays: 31,
      walked: 'forward',
      reached: {
        id: 'carl',
        kind: 'Influencer',
        stance: 'champion',
        consent: 'granted',
        source: 'trade fair 2025',
        role: 'intermediary',
      },
    });
    expect(first!.weight).toBeCloseTo(0.8 * 0.5 ** (31 / 365), 12);
    expect(second).toMatchObject({ contactAgeDays: 17, reached: { id: 'cfo', role: 'target' } });
  });

  it('shows a backward walk when a both-ways relationship is used against its stored direction', () => {
    // Through Carl and the CFO to Acme, then down to its engineer: 0.657 × 0.8 × 0.8.
    const { paths } = findKBestPaths(graph, { to: 'engineer', asOf: AS_OF });
    expect(paths[0]!.nodes).toEqual(['anna', 'carl', 'cfo', 'acme', 'engineer']);
    expect(paths[0]!.score).toBeCloseTo(EXPECTED.viaCarl * 0.8 * 0.8, 12);
    expect(paths[0]!.explanation.map((hop) => hop.walked)).toEqual([
      'forward',
      'forward',
      'forward',
      'backward',
    ]);
  });

  it('never walks ADVISES backwards: Ben cannot go through Dora to the engineer', () => {
    const { paths } = findKBestPaths(graph, { ...toAcme, k: 20 });
    expect(paths.some((p) => p.nodes.includes('dora'))).toBe(false);
    const fromBen = findKBestPaths(graph, { to: 'engineer', from: ['ben'], asOf: AS_OF, k: 20 });
    expect(fromBen.paths.some((p) => p.nodes.includes('dora'))).toBe(false);
  });

  it('routes around people with denied consent and names them as excluded', () => {
    const { paths, excluded } = findKBestPaths(graph, toAcme);
    expect(paths.some((p) => p.nodes.includes('paul') || p.nodes.includes('buyer'))).toBe(false);
    expect(excluded).toEqual([
      { id: 'buyer', reason: 'consent denied' },
      { id: 'paul', reason: 'consent denied' },
    ]);
  });

  it('includes them on request, flagged', () => {
    const { paths, excluded } = findKBestPaths(graph, { ...toAcme, includeNoConsent: true });
    expect(excluded).toEqual([]);
    expect(paths.slice(0, 2).map((p) => [p.nodes, p.flagged])).toEqual([
      [['ben', 'paul', 'cfo'], true],
      [['anna', 'carl', 'buyer'], true],
    ]);
    expect(paths[1]!.score).toBeCloseTo(EXPECTED.carlToBuyer, 12);
    expect(paths[2]!.flagged).toBeUndefined();
  });

  it('still reaches a chosen target person whose consent is denied, flagged', () => {
    const { paths } = findKBestPaths(graph, { to: 'buyer', asOf: AS_OF });
    expect(paths[0]).toMatchObject({ nodes: ['anna', 'carl', 'buyer'], flagged: true });
  });

  it('starts from the given node only when `from` is set, then colleagues may relay', () => {
    const { paths } = findKBestPaths(graph, { ...toAcme, from: ['ben'] });
    expect(paths.map((p) => p.nodes)).toEqual([
      ['ben', 'own', 'anna', 'carl', 'cfo'],
      ['ben', 'sam', 'dist', 'acme'],
      ['ben', 'own', 'anna', 'acme'],
    ]);
    expect(paths[0]!.score).toBeCloseTo(0.8 * 0.8 * EXPECTED.viaCarl, 12);
  });

  it('lets old contacts fade: a year later every dated hop weighs about half as much', () => {
    // The undated relationships keep their strength, so Carl's route drops to third.
    const { paths } = findKBestPaths(graph, { ...toAcme, asOf: '2026-12-31' });
    expect(paths.map((p) => p.nodes)).toEqual([
      ['anna', 'acme'],
      ['ben', 'sam', 'dist', 'acme'],
      ['anna', 'carl', 'cfo'],
    ]);
    expect(paths[2]!.score).toBeCloseTo(0.8 * 0.5 ** (395 / 365) * 0.9 * 0.5 ** (381 / 365), 12);
  });

  it('respects maxHops for the whole path', () => {
    const { paths } = findKBestPaths(graph, { ...toAcme, maxHops: 2 });
    expect(paths.map((p) => p.nodes)).toEqual([
      ['anna', 'carl', 'cfo'],
      ['anna', 'acme'],
    ]);
  });

  it('rejects an unknown target with a message naming it', () => {
    expect(() => findKBestPaths(graph, { to: 'nobody' })).toThrow(/"nobody"/);
  });
});
