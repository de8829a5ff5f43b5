import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { NodeKind, RelationshipType } from '../../graph-schema/index.ts';
import { networkOf, type AnalysisSource } from './analysis-source.ts';

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

export function metricsGraph(source: AnalysisSource, options: MetricsOptions = {}): MetricsGraph {
  const network = networkOf(source);
  const { ids, relIds, relSource, relTarget, relBoth, relStrength } = network.index;
  const { kinds, types, minStrength } = options.filter ?? {};
  const kindSet = kinds ? new Set(kinds) : undefined;
  const typeSet = types ? new Set(types) : undefined;
  const projection: MetricsGraph = options.directed ? new DirectedGraph() : new UndirectedGraph();
  const kept = new Uint8Array(ids.length);
  network.nodes.forEach((node, i) => (kept[i] = !kindSet || kindSet.has(node.kind) ? 1 : 0));
  for (const id of ids.filter((_id, i) => kept[i]).sort()) projection.addNode(id);
  const edges: number[] = [];
  for (let r = 0; r < relIds.length; r++) {
    const [s, t] = [relSource[r]!, relTarget[r]!];
    if (s === t || !kept[s] || !kept[t]) continue;
    if (typeSet && !typeSet.has(network.relTypeAt(r))) continue;
    if (minStrength !== undefined && relStrength[r]! < minStrength) continue;
    edges.push(r);
  }
  // In id order, as graphology's sorted edge keys were: parallel edges merge the same way.
  edges.sort((a, b) => (relIds[a]! < relIds[b]! ? -1 : relIds[a]! > relIds[b]! ? 1 : 0));
  for (const r of edges) {
    const [s, t, strength] = [ids[relSource[r]!]!, ids[relTarget[r]!]!, relStrength[r]!];
    link(projection, s, t, strength);
    if (options.directed && relBoth[r]) link(projection, t, s, strength);
  }
  return projection;
}

function link(projection: MetricsGraph, source: string, target: string, strength: number): void {
  projection.updateEdge(source, target, (attrs) => ({
    weight: Math.max(strength, attrs.weight ?? 0),
  }));
}
