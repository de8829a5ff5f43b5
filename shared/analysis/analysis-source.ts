import {
  RELATIONSHIP_TYPES,
  type Relationship,
  type StakeholderNode,
} from '../../graph-schema/index.ts';
import type { AnalysisGraph } from './analysis-graph.ts';
import { AnalysisNetwork } from './analysis-network.ts';
import { dayNumber } from './hop-weight.ts';
import { buildPathIndex } from './path-index.ts';

/**
 * What the analytics accept: the lean network of a whole store, or a graphology
 * graph (subgraphs, reports, tests), which is indexed once on first use.
 */
export type AnalysisSource = AnalysisGraph | AnalysisNetwork;

const cache = new WeakMap<AnalysisGraph, AnalysisNetwork>();
const CHANGE_EVENTS = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
] as const;
const TYPE_CODE = new Map(RELATIONSHIP_TYPES.map((type, code) => [type, code]));

/** The network of `source`; for a graph, rebuilt after its structure or attributes change. */
export function networkOf(source: AnalysisSource): AnalysisNetwork {
  if (source instanceof AnalysisNetwork) return source;
  const cached = cache.get(source);
  if (cached) return cached;
  const network = indexGraph(source);
  cache.set(source, network);
  const invalidate = (): void => {
    cache.delete(source);
    for (const event of CHANGE_EVENTS) source.removeListener(event, invalidate);
  };
  for (const event of CHANGE_EVENTS) source.on(event, invalidate);
  return network;
}

/** Arcs follow the graph's own edge kinds: undirected edges are walked both ways. */
function indexGraph(graph: AnalysisGraph): AnalysisNetwork {
  const nodes: StakeholderNode[] = [];
  const indexOf = new Map<string, number>();
  graph.forEachNode((id, node) => {
    indexOf.set(id, nodes.length);
    nodes.push(node.id === id ? node : { ...node, id });
  });
  const m = graph.size;
  const ids = new Array<string>(m);
  const records = new Array<Relationship>(m);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const both = new Uint8Array(m);
  const strength = new Float64Array(m);
  const relType = new Uint8Array(m);
  let r = 0;
  graph.forEachEdge((key, attrs, s, t, _s, _t, undirected) => {
    ids[r] = key;
    records[r] = attrs;
    source[r] = indexOf.get(s)!;
    target[r] = indexOf.get(t)!;
    both[r] = undirected ? 1 : 0;
    strength[r] = attrs.strength;
    relType[r] = TYPE_CODE.get(attrs.type) ?? 0;
    r++;
  });
  const contactDay = Float64Array.from(records, (rel) =>
    rel.lastContact === undefined ? Number.NaN : dayNumber(rel.lastContact),
  );
  const index = buildPathIndex(nodes, indexOf, { ids, source, target, both, strength, contactDay });
  return new AnalysisNetwork(nodes, index, relType, (i) => records[i]);
}
