import type { NodeKind } from '../../graph-schema/index.ts';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
import { rankedPaths, type RankedPath } from './find-paths.ts';
import type { PathOptions } from './path-query.ts';

/**
 * Brokerage is measured on more paths than the default five: with five, one strong
 * route with a few variants hides everyone else; twenty shows the second and third
 * routes without drowning the ranking in weak ones.
 */
export const BROKER_K = 20;

export type AccountPathOptions = Omit<PathOptions, 'to'>;

/** `{id, name, kind, carriedScore, share, pathCount}` */
export interface Broker {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  /** Sum of the scores of the best paths through this intermediary. */
  readonly carriedScore: number;
  /** carriedScore / totalScore: the part of the route strength that depends on them. */
  readonly share: number;
  readonly pathCount: number;
}

/** `{account, totalScore, pathCount, brokers: [Broker…]}`, brokers by carriedScore. */
export interface BrokersResult {
  readonly account: string;
  readonly totalScore: number;
  readonly pathCount: number;
  readonly brokers: readonly Broker[];
}

/**
 * Who carries the routes to an account: every intermediary (a node strictly inside
 * one of the k best paths, k = BROKER_K unless given) with the summed score of the
 * paths through them and their share of the total. Starts and ends are not brokers.
 */
export function brokersForAccount(
  source: AnalysisSource,
  account: string,
  options: AccountPathOptions = {},
): BrokersResult {
  const network = networkOf(source);
  const paths = rankedPaths(network, { ...options, to: account, k: options.k ?? BROKER_K });
  const totalScore = paths.reduce((sum, p) => sum + p.score, 0);
  const carried = new Map<string, { score: number; count: number }>();
  for (const id of intermediariesOf(paths)) carried.set(id, { score: 0, count: 0 });
  for (const path of paths) {
    for (const id of path.nodes.slice(1, -1)) {
      const entry = carried.get(id)!;
      entry.score += path.score;
      entry.count += 1;
    }
  }
  const brokers = [...carried].map(([id, { score, count }]) => ({
    id,
    name: network.node(id).name,
    kind: network.node(id).kind,
    carriedScore: score,
    share: totalScore > 0 ? score / totalScore : 0,
    pathCount: count,
  }));
  brokers.sort((a, b) => b.carriedScore - a.carriedScore || (a.id < b.id ? -1 : 1));
  return { account, totalScore, pathCount: paths.length, brokers };
}

/** Interior nodes of the paths, in order of first appearance. */
export function intermediariesOf(paths: readonly RankedPath[]): string[] {
  const seen = new Set<string>();
  for (const path of paths) for (const id of path.nodes.slice(1, -1)) seen.add(id);
  return [...seen];
}
