import {
  isOrganisationKind,
  type Relationship,
  type StakeholderNode,
} from '../../../graph-schema/index.ts';
import {
  buildAnalysisNetwork,
  DEFAULT_K,
  DEFAULT_MAX_HOPS,
  findKBestPaths,
  networkFromRecords,
  type AnalysisNetwork,
  type PathOptions,
  type PathsResult,
} from '../../../shared/analysis/index.ts';
import {
  supportsNetworkColumns,
  supportsPathSubgraph,
  type GraphReader,
  type StoreDescription,
} from '../../../shared/store/graph-store.ts';

export type AnalysisReader = GraphReader & { readonly description: StoreDescription };

/** The graph one question is answered on, and what the reader should know about it. */
export interface LoadedGraph {
  readonly graph: AnalysisNetwork;
  readonly notes: readonly string[];
}

/** A hub with more relationships than this is kept but not expanded (Neo4j path queries). */
export const HUB_CAP = 400;
/** The most stakeholders one bounded path query loads from Neo4j. */
export const MAX_SUBGRAPH_NODES = 20_000;
const STREAM_BATCH = 5_000;

/**
 * Every node and relationship, ready for path queries (embedded store, or
 * whole-network metrics). A store with a lean analysis read hands over columns
 * and full relationship records only when an explanation needs them; any other
 * store streams every record once.
 */
export async function loadWholeNetwork(store: GraphReader): Promise<AnalysisNetwork> {
  if (supportsNetworkColumns(store)) return buildAnalysisNetwork(await store.readNetworkColumns());
  const nodes: StakeholderNode[] = [];
  const relationships: Relationship[] = [];
  for await (const batch of store.streamNodes(STREAM_BATCH)) nodes.push(...batch);
  for await (const batch of store.streamRelationships(STREAM_BATCH)) relationships.push(...batch);
  return networkFromRecords(nodes, relationships);
}

/**
 * The part of the network a path query can touch, for stores where loading
 * everything is wrong (Neo4j). A store that reads path subgraphs itself is given
 * both ends — the starts (by default every Colleague and the OwnCompany, which it
 * looks up) and the target with, for an organisation, its people — and grows
 * whichever side is smaller, so a route of `maxHops` is read with maxHops − 1
 * expansions in all. Any other store gets `subgraph` from the seeds it knows.
 * Either way every route within the bounds is in the subgraph, except behind
 * capped hubs or past `maxNodes`, and the notes say when that happened. With
 * `minScore` (see `findPathsAround`) routes whose strengths multiply to less may
 * be left out.
 */
export async function loadAround(
  store: GraphReader,
  target: StakeholderNode,
  starts: readonly string[] | undefined,
  maxHops: number,
  hubCap = HUB_CAP,
  minScore?: number,
): Promise<LoadedGraph> {
  const bounds = { hubCap, maxNodes: MAX_SUBGRAPH_NODES };
  const around = supportsPathSubgraph(store)
    ? await store.pathSubgraph({ target: target.id, starts, maxHops, minScore, ...bounds })
    : await store.subgraph({ ...seedsAround(target, starts, maxHops), ...bounds });
  const notes: string[] = [];
  if (around.cappedHubs.length > 0) {
    notes.push(
      `The search stopped expanding at ${around.cappedHubs.length} hubs with more than ${hubCap} relationships (${hubList(around.cappedHubs)}); routes through their other contacts are not included.`,
    );
  }
  if (around.truncated) {
    notes.push(
      `The search stopped at ${MAX_SUBGRAPH_NODES} stakeholders around the target and the starts; longer routes may be missing.`,
    );
  }
  return { graph: networkFromRecords(around.nodes, around.relationships), notes };
}

/** Thresholds tried in turn before reading every route: most answers score far above 0.1. */
const MIN_SCORES = [0.45, 0.1];

/**
 * The k best paths to `target` from a bounded subgraph. A path's score is at most
 * the product of its strengths, so the store may leave out routes whose strengths
 * multiply to less than a threshold; when k paths at or above it come back, every
 * route left out scores strictly less and the answer is the exact one. Otherwise
 * the k-th score found is a threshold that is sure to hold (those paths are still
 * there), or, with fewer than k paths, the next lower one, and finally none.
 */
export async function findPathsAround(
  store: GraphReader,
  target: StakeholderNode,
  query: PathOptions,
  hubCap = HUB_CAP,
): Promise<LoadedGraph & { result: PathsResult }> {
  const k = query.k ?? DEFAULT_K;
  const maxHops = query.maxHops ?? DEFAULT_MAX_HOPS;
  const thresholds = supportsPathSubgraph(store) ? [...MIN_SCORES] : [];
  let minScore = thresholds.shift();
  for (;;) {
    const loaded = await loadAround(store, target, query.from, maxHops, hubCap, minScore);
    const result = findKBestPaths(loaded.graph, query);
    const kth = result.paths[k - 1]?.score;
    if (minScore === undefined || (kth !== undefined && kth >= minScore)) {
      return { ...loaded, result };
    }
    minScore = kth ?? thresholds.shift();
  }
}

/**
 * Seeds for a plain `subgraph`. A path of at most `reach` relationships between a
 * seed and the target has every node within ⌈reach/2⌉ of one of its ends when both
 * ends are seeds; with the default starts (unknown here) the target alone is the
 * seed and the full reach is needed. Reaching an organisation means reaching one
 * of its people, one hop further.
 */
function seedsAround(
  target: StakeholderNode,
  starts: readonly string[] | undefined,
  maxHops: number,
): { seeds: string[]; maxHops: number } {
  const reach = maxHops + (isOrganisationKind(target.kind) ? 1 : 0);
  const seeds = [target.id, ...(starts ?? [])];
  return { seeds, maxHops: starts ? Math.ceil(reach / 2) : reach };
}

function hubList(hubs: readonly { id: string; degree: number }[]): string {
  const shown = hubs.slice(0, 5).map((hub) => `${hub.id}: ${hub.degree}`);
  return hubs.length > 5 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Whether the whole network may be held in memory for path queries. */
export function loadsWholeNetwork(description: StoreDescription): boolean {
  return description.kind !== 'neo4j';
}
