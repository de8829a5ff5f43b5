import type { NodeKind } from '../../graph-schema/index.ts';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
import { BROKER_K, intermediariesOf, type AccountPathOptions } from './brokers.ts';
import { rankedPaths } from './find-paths.ts';

/** `{id, name, kind, bestScoreWithout, drop, relativeDrop}` */
export interface KeyPersonRisk {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  /** Best path score to the account without this node; 0 when no path is left. */
  readonly bestScoreWithout: number;
  /** bestScore − bestScoreWithout. */
  readonly drop: number;
  /** drop / bestScore (1 = every path gone). */
  readonly relativeDrop: number;
}

/** `{account, bestScore, risks: [KeyPersonRisk…]}`, risks by drop, largest first. */
export interface KeyPersonRiskResult {
  readonly account: string;
  readonly bestScore: number;
  readonly risks: readonly KeyPersonRisk[];
}

/**
 * Key-person risk (DESIGN.md): for each intermediary on the best paths to the account
 * (the same BROKER_K paths as brokerage), how much the best path score drops if that
 * node is removed. Only nodes on the single best path can lower it (any other node
 * leaves that path intact), so only those are searched again.
 */
export function keyPersonRisk(
  source: AnalysisSource,
  account: string,
  options: AccountPathOptions = {},
): KeyPersonRiskResult {
  const graph = networkOf(source);
  const paths = rankedPaths(graph, { ...options, to: account, k: options.k ?? BROKER_K });
  const best = paths[0];
  const bestScore = best?.score ?? 0;
  const onBest = new Set(best?.nodes.slice(1, -1));
  const risks = intermediariesOf(paths).map((id) => {
    const without = onBest.has(id) ? bestScoreWithout(graph, account, options, id) : bestScore;
    const drop = Math.max(0, bestScore - without);
    return {
      id,
      name: graph.node(id).name,
      kind: graph.node(id).kind,
      bestScoreWithout: without,
      drop,
      relativeDrop: bestScore > 0 ? drop / bestScore : 0,
    };
  });
  risks.sort((a, b) => b.drop - a.drop || (a.id < b.id ? -1 : 1));
  return { account, bestScore, risks };
}

/** `{id, name, bestScoreBefore}` of an account that would lose every path. */
export interface LostAccount {
  readonly id: string;
  readonly name: string;
  readonly bestScoreBefore: number;
}

/**
 * The accounts (of `accounts`) that have a path now and none without `nodeId` —
 * the people whose leaving cuts us off. Works for any node, colleagues included.
 */
export function accountsLosingAllPaths(
  source: AnalysisSource,
  nodeId: string,
  accounts: readonly string[],
  options: AccountPathOptions = {},
): LostAccount[] {
  const graph = networkOf(source);
  const lost: LostAccount[] = [];
  for (const account of accounts) {
    if (account === nodeId) continue;
    const before = rankedPaths(graph, { ...options, to: account, k: 1 })[0];
    if (!before) continue;
    if (bestScoreWithout(graph, account, options, nodeId) > 0) continue;
    lost.push({
      id: account,
      name: graph.node(account).name,
      bestScoreBefore: before.score,
    });
  }
  return lost;
}

/** The key accounts of the network (Customers flagged keyAccount), sorted by id. */
export function keyAccounts(source: AnalysisSource): string[] {
  return networkOf(source)
    .nodes.filter((node) => node.kind === 'Customer' && node.keyAccount === true)
    .map((node) => node.id)
    .sort();
}

function bestScoreWithout(
  graph: AnalysisSource,
  account: string,
  options: AccountPathOptions,
  nodeId: string,
): number {
  const excludeNodes = [...(options.excludeNodes ?? []), nodeId];
  return rankedPaths(graph, { ...options, to: account, k: 1, excludeNodes })[0]?.score ?? 0;
}
