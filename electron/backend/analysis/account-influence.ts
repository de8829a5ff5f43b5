import {
  accountsLosingAllPaths,
  brokersForAccount,
  buyingCentreCoverage,
  keyAccounts,
  keyPersonRisk,
  rankedPaths,
  type AccountPathOptions,
  type AnalysisNetwork,
  type LostAccount,
} from '../../../shared/analysis/index.ts';
import type { AccountInfluenceOutput } from '../../../shared/domain/analysis.schema.ts';
import type { StakeholderNode } from '../../../graph-schema/index.ts';
import { refOf } from './analysis-results.ts';

/**
 * Which accounts someone's leaving would cut off entirely is asked for the top risks
 * only: each check searches every key account twice, and below the top few the
 * drop on this account is small anyway.
 */
export const LOST_ACCOUNT_CHECKS = 5;

/**
 * For each of `people`, the key accounts that would have no path left without them.
 * An account can only lose every path through someone on its current best path,
 * so one search per key account narrows the candidates before the two searches
 * `accountsLosingAllPaths` makes per candidate.
 */
function accountsCutOff(
  graph: AnalysisNetwork,
  people: readonly string[],
  options: AccountPathOptions,
): Map<string, LostAccount[]> {
  const cutOff = new Map<string, LostAccount[]>();
  if (people.length === 0) return cutOff;
  const bestRoutes = keyAccounts(graph).map((account) => ({
    account,
    nodes: rankedPaths(graph, { ...options, to: account, k: 1 })[0]?.nodes ?? [],
  }));
  for (const id of people) {
    const candidates = bestRoutes.filter((r) => r.nodes.includes(id)).map((r) => r.account);
    cutOff.set(id, accountsLosingAllPaths(graph, id, candidates, options));
  }
  return cutOff;
}

/**
 * Brokers, key-person risk (with the key accounts that would lose every path) and
 * buying-centre coverage of one account, on an already loaded graph.
 */
export function accountInfluence(
  graph: AnalysisNetwork,
  account: StakeholderNode,
  options: AccountPathOptions,
): Omit<AccountInfluenceOutput, 'notes'> {
  const brokers = brokersForAccount(graph, account.id, options);
  const risk = keyPersonRisk(graph, account.id, options);
  // Coverage asks for the single best path to each member; `k` is about routes to the account.
  const coverage = buyingCentreCoverage(graph, account.id, { ...options, k: undefined });
  const checked = risk.risks.slice(0, LOST_ACCOUNT_CHECKS).filter((entry) => entry.drop > 0);
  const cutOff = accountsCutOff(
    graph,
    checked.map((entry) => entry.id),
    options,
  );
  const risks = risk.risks.map((entry) => ({
    ...entry,
    accountsLosingAllPaths: cutOff.get(entry.id) ?? null,
  }));
  return {
    account: refOf(account),
    totalScore: brokers.totalScore,
    pathCount: brokers.pathCount,
    brokers: brokers.brokers,
    bestScore: risk.bestScore,
    risks,
    coverage: {
      maxHops: coverage.maxHops,
      coverage: coverage.coverage,
      reachable: coverage.reachable,
      unreachable: coverage.unreachable,
    },
  };
}
