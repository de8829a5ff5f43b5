import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { NodeKind, RelationshipType } from '../../graph-schema/index.ts';
import type { AnalysisGraph } from './analysis-graph.ts';

/** Which part of the network a metric looks at; everything when empty. */
export interface NetworkFilter {
  readonly kinds?: readonly NodeKind[];
  readonly types?: readonly RelationshipType[];
  readonly minStrength?: number;
}

export interface MetricsOptions {
  readonly filter?: NetworkFilter;
  /**
   * Metrics treat the network as undirected by default: who is connected to whom,
   * as in the classic social-network measures. `directed: true` follows influence
   * instead: `both`-flow relationships count both ways, `forward` ones one way.
   */
  readonly directed?: boolean;
  /** Use relationship strength as edge weight where the metric supports it. */
  readonly weighted?: boolean;
}

/**
 * A simple graph (no parallel edges) of the filtered network for the metrics, nodes
 * in id order for reproducible results. Parallel relationships merge into one edge
 * whose `weight` is the strongest strength among them.
 */
export type MetricsGraph = AbstractGraph<Record<string, never>, { weight: number }>;

export function metricsGraph(graph: AnalysisGraph, options: MetricsOptions = {}): MetricsGraph {
  const { kinds, types, minStrength } = options.filter ?? {};
  const kindSet = kinds ? new Set(kinds) : undefined;
  const typeSet = types ? new Set(types) : undefined;
  const projection: MetricsGraph = options.directed ? new DirectedGraph() : new UndirectedGraph();
  const ids = graph.filterNodes((_id, node) => !kindSet || kindSet.has(node.kind)).sort();
  for (const id of ids) projection.addNode(id);
  const edges = graph
    .filterEdges((_key, rel, source, target) => {
      if (typeSet && !typeSet.has(rel.type)) return false;
      if (minStrength !== undefined && rel.strength < minStrength) return false;
      return projection.hasNode(source) && projection.hasNode(target);
    })
    .sort();
  for (const key of edges) {
    const rel = graph.getEdgeAttributes(key);
    link(projection, rel.source, rel.target, rel.strength);
    if (options.directed && rel.flow === 'both')
      link(projection, rel.target, rel.source, rel.strength);
  }
  return projection;
}

function link(projection: MetricsGraph, source: string, target: string, strength: number): void {
  projection.updateEdge(source, target, (attrs) => ({
    weight: Math.max(strength, attrs.weight ?? 0),
  }));
}
