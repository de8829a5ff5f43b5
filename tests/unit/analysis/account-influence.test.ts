import { describe, expect, it } from 'vitest';
import {
  accountsLosingAllPaths,
  brokersForAccount,
  buyingCentreCoverage,
  keyAccounts,
  keyPersonRisk,
} from '../../../shared/analysis/index.ts';
import { AS_OF, EXPECTED, scenarioGraph } from './stakeholder-scenario.ts';

const graph = scenarioGraph();
const options = { asOf: AS_OF };

describe('brokers around Acme', () => {
  it('ranks intermediaries by the path score they carry, with their share', () => {
    const result = brokersForAccount(graph, 'acme', options);
    const total = EXPECTED.viaCarl + EXPECTED.direct + EXPECTED.viaDistributor;
    expect(result.pathCount).toBe(3);
    expect(result.totalScore).toBeCloseTo(total, 12);
    expect(result.brokers.map((b) => [b.id, b.pathCount])).toEqual([
      ['carl', 1],
      ['dist', 1],
      ['sam', 1],
    ]);
    expect(result.brokers[0]!.carriedScore).toBeCloseTo(EXPECTED.viaCarl, 12);
    expect(result.brokers[0]!.share).toBeCloseTo(EXPECTED.viaCarl / total, 12);
  });

  it('counts brokers of flagged routes only when consent is set aside', () => {
    const ids = brokersForAccount(graph, 'acme', {
      ...options,
      includeNoConsent: true,
    }).brokers.map((b) => b.id);
    expect(ids).toContain('paul');
  });
});

describe('key-person risk', () => {
  it('measures how far the best score to Acme drops without each intermediary', () => {
    const result = keyPersonRisk(graph, 'acme', options);
    expect(result.bestScore).toBeCloseTo(EXPECTED.viaCarl, 12);
    const [carl, ...others] = result.risks;
    expect(carl).toMatchObject({ id: 'carl', kind: 'Influencer' });
    expect(carl!.bestScoreWithout).toBeCloseTo(EXPECTED.direct, 12);
    expect(carl!.drop).toBeCloseTo(EXPECTED.viaCarl - EXPECTED.direct, 12);
    expect(carl!.relativeDrop).toBeCloseTo(1 - EXPECTED.direct / EXPECTED.viaCarl, 12);
    expect(others.map((r) => [r.id, r.drop])).toEqual([
      ['dist', 0],
      ['sam', 0],
    ]);
  });

  it('names the accounts that would lose every path if someone left', () => {
    const accounts = keyAccounts(graph);
    expect(accounts).toEqual(['acme', 'globex', 'initech']);
    expect(accountsLosingAllPaths(graph, 'dist', accounts, options)).toEqual([
      { id: 'initech', name: 'Initech', bestScoreBefore: expect.closeTo(0.5 * 0.8 * 0.6, 12) },
    ]);
    expect(accountsLosingAllPaths(graph, 'sam', accounts, options)).toEqual([]);
    // Without Anna, Acme is still reached through Ben and the distributor.
    expect(accountsLosingAllPaths(graph, 'anna', accounts, options)).toEqual([]);
  });
});

describe('buying-centre coverage', () => {
  it('reaches every decision role of Acme, best first, flagging the buyer without consent', () => {
    const result = buyingCentreCoverage(graph, 'acme', options);
    expect(result.coverage).toBe(1);
    expect(result.reachable.map((m) => [m.id, m.decisionRole])).toEqual([
      ['buyer', 'buyer'],
      ['cfo', 'decision-maker'],
      ['engineer', 'user'],
      ['gatekeeper', 'gatekeeper'],
    ]);
    expect(result.reachable[0]!.bestPath.flagged).toBe(true);
    expect(result.reachable[1]!.bestScore).toBeCloseTo(EXPECTED.viaCarl, 12);
  });

  it('says why Globex decision makers are out of reach', () => {
    const result = buyingCentreCoverage(graph, 'globex', options);
    expect(result.coverage).toBe(0);
    expect(result.unreachable.map((m) => [m.id, m.reason])).toEqual([
      ['ceo', 'only reachable through people whose consent is denied'],
      ['cto', 'only reachable through people whose consent is denied'],
    ]);
    const short = buyingCentreCoverage(graph, 'globex', { ...options, maxHops: 3 });
    expect(short.unreachable.map((m) => m.reason)).toEqual([
      'only reachable through people whose consent is denied',
      'no path within 3 hops',
    ]);
  });
});
