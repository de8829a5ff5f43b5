import {
  consentStatusOf,
  type ConsentStatus,
  type DecisionRole,
  type Stance,
} from '../../graph-schema/index.ts';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
import type { AccountPathOptions } from './brokers.ts';
import { findKBestPaths } from './find-paths.ts';
import { DEFAULT_MAX_HOPS, peopleOf } from './path-query.ts';
import type { ScoredPath } from './path-types.ts';

/** A member of the account's buying centre. */
export interface BuyingCentreMember {
  readonly id: string;
  readonly name: string;
  readonly decisionRole: DecisionRole;
  readonly stance: Stance | null;
  readonly consent: ConsentStatus;
}

export interface ReachedMember extends BuyingCentreMember {
  readonly bestScore: number;
  readonly bestPath: ScoredPath;
}

export interface UnreachedMember extends BuyingCentreMember {
  /** Why no path was found, for the account manager. */
  readonly reason: string;
}

/**
 * `{account, maxHops, coverage, reachable: [{…member, bestScore, bestPath}],
 *   unreachable: [{…member, reason}]}`; coverage = reachable / members (0 without members).
 */
export interface CoverageResult {
  readonly account: string;
  readonly maxHops: number;
  readonly coverage: number;
  readonly reachable: readonly ReachedMember[];
  readonly unreachable: readonly UnreachedMember[];
}

/**
 * Buying-centre coverage: for each person who WORKS_FOR the account and has a
 * decisionRole, the best path within maxHops (the person as the target, so the
 * consent rule applies to the people in between, and a member's own denied consent
 * shows as a flagged path). Reachable members are listed by score, best first.
 */
export function buyingCentreCoverage(
  source: AnalysisSource,
  account: string,
  options: AccountPathOptions = {},
): CoverageResult {
  const graph = networkOf(source);
  const maxHops = options.maxHops ?? DEFAULT_MAX_HOPS;
  const reachable: ReachedMember[] = [];
  const unreachable: UnreachedMember[] = [];
  for (const id of peopleOf(graph, account)) {
    const node = graph.node(id);
    if (!node.decisionRole) continue;
    const member: BuyingCentreMember = {
      id,
      name: node.name,
      decisionRole: node.decisionRole,
      stance: node.stance ?? null,
      consent: consentStatusOf(node),
    };
    const result = findKBestPaths(graph, { ...options, to: id, k: 1 });
    const best = result.paths[0];
    if (best) reachable.push({ ...member, bestScore: best.score, bestPath: best });
    else
      unreachable.push({ ...member, reason: unreachableReason(result.excluded.length, maxHops) });
  }
  reachable.sort((a, b) => b.bestScore - a.bestScore || (a.id < b.id ? -1 : 1));
  const members = reachable.length + unreachable.length;
  return {
    account,
    maxHops,
    coverage: members > 0 ? reachable.length / members : 0,
    reachable,
    unreachable,
  };
}

function unreachableReason(excludedCount: number, maxHops: number): string {
  return excludedCount > 0
    ? `only reachable through people whose consent is denied`
    : `no path within ${maxHops} hops`;
}
