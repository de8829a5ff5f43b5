import * as louvainModule from 'graphology-communities-louvain';
import type { AbstractGraph } from 'graphology-types';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
import { cjsFunction } from './cjs-interop.ts';
import { metricsGraph, type NetworkFilter } from './metrics-graph.ts';
import { seededRandom } from '../random/seeded-random.ts';

interface Louvain {
  detailed(
    graph: AbstractGraph,
    options: { getEdgeWeight: string | null; rng: () => number; resolution: number },
  ): { communities: Record<string, number>; modularity: number };
}
const louvain = cjsFunction<Louvain>(louvainModule);

export interface CommunityOptions {
  readonly filter?: NetworkFilter;
  /** Weight edges by relationship strength (default false: every tie counts the same). */
  readonly weighted?: boolean;
  /** Louvain visits nodes in random order; a fixed seed makes the result reproducible. */
  readonly seed?: number;
  readonly resolution?: number;
}

/** `{count, modularity, communities: [{id, size, members: [{id, name}]}]}`, largest first. */
export interface CommunitiesResult {
  readonly count: number;
  readonly modularity: number;
  readonly communities: readonly {
    readonly id: number;
    readonly size: number;
    readonly members: readonly { readonly id: string; readonly name: string }[];
  }[];
}

/**
 * Louvain communities on the undirected (filtered) network. Community ids are
 * renumbered 0, 1, … by size (then by first member id), so they are stable for a seed.
 */
export function communities(
  source: AnalysisSource,
  options: CommunityOptions = {},
): CommunitiesResult {
  const graph = networkOf(source);
  const projection = metricsGraph(graph, { filter: options.filter, directed: false });
  const groups = new Map<number, string[]>();
  let modularity = 0;
  if (projection.size === 0) {
    projection.forEachNode((id: string) => groups.set(groups.size, [id]));
  } else {
    const detailed = louvain.detailed(projection, {
      getEdgeWeight: options.weighted ? 'weight' : null,
      rng: seededRandom(options.seed ?? 1),
      resolution: options.resolution ?? 1,
    });
    modularity = detailed.modularity;
    for (const [id, community] of Object.entries(detailed.communities)) {
      groups.set(community, [...(groups.get(community) ?? []), id]);
    }
  }
  const sorted = [...groups.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  return {
    count: sorted.length,
    modularity,
    communities: sorted.map((members, id) => ({
      id,
      size: members.length,
      members: members.map((m) => ({ id: m, name: graph.node(m).name })),
    })),
  };
}
