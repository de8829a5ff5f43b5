import { MultiGraph } from 'graphology';
import {
  RELATIONSHIP_TYPE_SPECS,
  type Flow,
  type Relationship,
  type StakeholderNode,
} from '../../graph-schema/index.ts';

/** Node attributes: the stored stakeholder as plain data. */
export type AnalysisNodeAttributes = StakeholderNode;

/** Edge attributes: the stored relationship plus how influence may flow along it. */
export type AnalysisEdgeAttributes = Relationship & { readonly flow: Flow };

/**
 * The network as analysis sees it: a mixed multigraph keyed by stakeholder and
 * relationship ids. A relationship whose type lets influence flow both ways is an
 * undirected edge, a `forward` one a directed edge, so graphology's "outbound"
 * iteration (out + undirected) is exactly "where can a path go next". Source and
 * target keep the stored orientation in both cases.
 */
export type AnalysisGraph = MultiGraph<AnalysisNodeAttributes, AnalysisEdgeAttributes>;

/**
 * Builds the analysis graph. A relationship whose endpoint is missing is a broken
 * store, not a rumour to analyse around: it throws, naming the relationship.
 */
export function buildAnalysisGraph(
  nodes: readonly StakeholderNode[],
  relationships: readonly Relationship[],
): AnalysisGraph {
  const graph: AnalysisGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const node of nodes) graph.mergeNode(node.id, node);
  for (const rel of relationships) addRelationship(graph, rel);
  return graph;
}

function addRelationship(graph: AnalysisGraph, rel: Relationship): void {
  for (const end of [rel.source, rel.target]) {
    if (!graph.hasNode(end)) {
      throw new Error(`Relationship "${rel.id}" (${rel.type}) refers to unknown node "${end}".`);
    }
  }
  if (rel.source === rel.target) return; // a self-loop carries no influence to anyone else
  if (graph.hasEdge(rel.id)) return; // the same relationship listed twice
  const flow = RELATIONSHIP_TYPE_SPECS[rel.type].flow;
  const attributes: AnalysisEdgeAttributes = { ...rel, flow };
  if (flow === 'both') graph.addUndirectedEdgeWithKey(rel.id, rel.source, rel.target, attributes);
  else graph.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, attributes);
}
