import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import {
  buildAnalysisNetwork,
  networkFromRecords,
  type AnalysisNetwork,
} from '../../../shared/analysis/index.ts';
import {
  supportsNetworkColumns,
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
 * everything is wrong (Neo4j). A path of at most `reach` relationships between a
 * seed and the target has every node within ⌈reach/2⌉ of one of its ends when both
 * ends are seeds; with the default starts (unknown before loading) the target alone
 * is the seed and the full reach is needed. The subgraph holds every relationship
 * among its nodes, so nothing in between is lost — except behind capped hubs.
 */
export async function loadAround(
  store: GraphReader,
  target: string,
  starts: readonly string[] | undefined,
  reach: number,
  hubCap = HUB_CAP,
): Promise<LoadedGraph> {
  const seeds = [target, ...(starts ?? [])];
  const maxHops = starts ? Math.ceil(reach / 2) : reach;
  const around = await store.subgraph({
    seeds,
    maxHops,
    hubCap,
    maxNodes: MAX_SUBGRAPH_NODES,
  });
  const notes: string[] = [];
  if (around.cappedHubs.length > 0) {
    notes.push(
      `The search stopped expanding at ${around.cappedHubs.length} hubs with more than ${hubCap} relationships (${hubList(around.cappedHubs)}); routes through their other contacts are not included.`,
    );
  }
  if (around.truncated) {
    notes.push(
      `The search stopped at ${MAX_SUBGRAPH_NODES} stakeholders around the target; longer routes may be missing.`,
    );
  }
  return { graph: networkFromRecords(around.nodes, around.relationships), notes };
}

function hubList(hubs: readonly { id: string; degree: number }[]): string {
  const shown = hubs.slice(0, 5).map((hub) => `${hub.id}: ${hub.degree}`);
  return hubs.length > 5 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Whether the whole network may be held in memory for path queries. */
export function loadsWholeNetwork(description: StoreDescription): boolean {
  return description.kind !== 'neo4j';
}
