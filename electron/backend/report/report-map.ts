import type { AnalysisGraph } from '../../../shared/analysis/index.ts';
import { peopleOf } from '../../../shared/analysis/index.ts';
import type { ReportData, ReportPath } from '../../../shared/report/report-data.schema.ts';
import { traitsOf } from './report-sections.ts';

/** The target size: a 500-node map still prints; beyond that it is noise. */
export const MAP_MAX_NODES = 500;
/** Context beyond the routes: the account's neighbourhood up to this distance. */
const CONTEXT_HOPS = 2;

/**
 * The nodes and edges of the network map: always the account, its people and
 * everyone on the best paths; then the neighbourhood by distance, nearest first,
 * until the map is full. Layout is the page's business (it knows the paper).
 */
export function reportMap(
  graph: AnalysisGraph,
  account: string,
  paths: readonly ReportPath[],
  /** How far the analysis looked: nodes this near but not drawn are counted as omitted. */
  reach: number,
): ReportData['map'] {
  const hops = hopDistances(graph, account);
  const nodeRanks = new Map<string, number[]>();
  const edgeRanks = new Map<string, number[]>();
  for (const path of paths) {
    addRank(nodeRanks, path.start.id, path.rank);
    for (const hop of path.hops) {
      addRank(nodeRanks, hop.to, path.rank);
      const edge = edgeOf(graph, hop.from, hop.to, hop.type);
      if (edge) addRank(edgeRanks, edge, path.rank);
    }
  }
  const members = new Set(peopleOf(graph, account));
  const chosen = new Set<string>([account, ...members, ...nodeRanks.keys()]);
  const context = [...hops]
    .filter(([id, distance]) => !chosen.has(id) && distance <= CONTEXT_HOPS)
    .sort(([a, da], [b, db]) => da - db || (a < b ? -1 : 1));
  for (const [id] of context) {
    if (chosen.size >= MAP_MAX_NODES) break;
    chosen.add(id);
  }
  const nodes = [...chosen].sort().map((id) => {
    const node = graph.getNodeAttributes(id);
    return {
      id,
      name: node.name,
      kind: node.kind,
      ...traitsOf(graph, id),
      hops: hops.get(id) ?? CONTEXT_HOPS + 1,
      paths: nodeRanks.get(id) ?? [],
      member: members.has(id),
    };
  });
  const edges: ReportData['map']['edges'] = [];
  graph.forEachEdge((key, rel, source, target) => {
    if (!chosen.has(source) || !chosen.has(target)) return;
    edges.push({
      id: key,
      source,
      target,
      type: rel.type,
      strength: rel.strength,
      directed: rel.flow !== 'both',
      paths: edgeRanks.get(key) ?? [],
    });
  });
  let omitted = 0;
  for (const [id, distance] of hops) if (distance <= reach && !chosen.has(id)) omitted++;
  return { nodes, edges, omitted };
}

/** Breadth-first distance from the account, ignoring direction. */
function hopDistances(graph: AnalysisGraph, start: string): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachNeighbor(id, (other) => {
        if (distance.has(other)) return;
        distance.set(other, distance.get(id)! + 1);
        next.push(other);
      });
    }
    frontier = next;
  }
  return distance;
}

function edgeOf(graph: AnalysisGraph, from: string, to: string, type: string): string | undefined {
  return graph.findEdge(from, to, (_key, rel) => rel.type === type);
}

function addRank(map: Map<string, number[]>, id: string, rank: number): void {
  const list = map.get(id) ?? [];
  if (!list.includes(rank)) list.push(rank);
  map.set(id, list);
}
