import { consentStatusOf, isPersonKind } from '../../graph-schema/index.ts';
import type { AnalysisGraph } from './analysis-graph.ts';
import { dayNumber } from './hop-weight.ts';

/**
 * A compact index of the walkable arcs, built once per graph and reused by every
 * path query (DESIGN.md: hot kernels on typed arrays). An arc is a relationship in
 * a direction its type allows: `both` relationships give two arcs, `forward` one.
 * `out*` lists arcs leaving a node, `in*` the same arcs seen from their head, so a
 * search can run backwards from the targets.
 */
export interface PathIndex {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** People whose consent is denied. */
  readonly denied: Uint8Array;
  /** Colleagues and the own company: the default starts. */
  readonly ours: Uint8Array;
  readonly outStart: Int32Array;
  readonly outHead: Int32Array;
  readonly outRel: Int32Array;
  readonly inStart: Int32Array;
  readonly inTail: Int32Array;
  readonly inRel: Int32Array;
  readonly relIds: readonly string[];
  readonly relLnStrength: Float64Array;
  /** Day number of the last contact, NaN when there is none. */
  readonly relContactDay: Float64Array;
  costCache?: { key: string; costs: Float64Array };
}

const cache = new WeakMap<AnalysisGraph, PathIndex>();
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

/** The index of `graph`, rebuilt after the graph's structure or edge attributes change. */
export function pathIndexFor(graph: AnalysisGraph): PathIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  const index = buildPathIndex(graph);
  cache.set(graph, index);
  const invalidate = (): void => {
    cache.delete(graph);
    for (const event of CHANGE_EVENTS) graph.removeListener(event, invalidate);
  };
  for (const event of CHANGE_EVENTS) graph.on(event, invalidate);
  return index;
}

function buildPathIndex(graph: AnalysisGraph): PathIndex {
  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const denied = new Uint8Array(ids.length);
  const ours = new Uint8Array(ids.length);
  graph.forEachNode((id, node) => {
    const i = indexOf.get(id)!;
    denied[i] = isPersonKind(node.kind) && consentStatusOf(node) === 'denied' ? 1 : 0;
    ours[i] = node.kind === 'Colleague' || node.kind === 'OwnCompany' ? 1 : 0;
  });
  const m = graph.size;
  const relIds: string[] = new Array<string>(m);
  const relLnStrength = new Float64Array(m);
  const relContactDay = new Float64Array(m);
  const tails: number[] = [];
  const heads: number[] = [];
  const rels: number[] = [];
  let r = 0;
  graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) => {
    relIds[r] = key;
    relLnStrength[r] = Math.log(attrs.strength);
    relContactDay[r] = attrs.lastContact === undefined ? Number.NaN : dayNumber(attrs.lastContact);
    const s = indexOf.get(source) ?? -1;
    const t = indexOf.get(target) ?? -1;
    tails.push(s);
    heads.push(t);
    rels.push(r);
    if (undirected) {
      tails.push(t);
      heads.push(s);
      rels.push(r);
    }
    r++;
  });
  const out = groupArcs(ids.length, tails, heads, rels);
  const inn = groupArcs(ids.length, heads, tails, rels);
  return {
    ids,
    indexOf,
    denied,
    ours,
    outStart: out.start,
    outHead: out.other,
    outRel: out.rel,
    inStart: inn.start,
    inTail: inn.other,
    inRel: inn.rel,
    relIds,
    relLnStrength,
    relContactDay,
  };
}

/** Counting sort of arcs by their `by` end into CSR arrays. */
function groupArcs(
  n: number,
  by: readonly number[],
  other: readonly number[],
  rel: readonly number[],
): { start: Int32Array; other: Int32Array; rel: Int32Array } {
  const start = new Int32Array(n + 1);
  for (const v of by) start[v + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const otherOut = new Int32Array(by.length);
  const relOut = new Int32Array(by.length);
  for (let a = 0; a < by.length; a++) {
    const pos = fill[by[a]!]!++;
    otherOut[pos] = other[a]!;
    relOut[pos] = rel[a]!;
  }
  return { start, other: otherOut, rel: relOut };
}

/** Cost (−ln hop weight) of every relationship at `asOfDay`, cached for the last settings. */
export function relationshipCosts(
  index: PathIndex,
  asOfDay: number,
  halfLifeDays: number,
): Float64Array {
  const key = `${asOfDay}/${halfLifeDays}`;
  if (index.costCache?.key === key) return index.costCache.costs;
  const costs = new Float64Array(index.relIds.length);
  const decayPerDay = Math.LN2 / halfLifeDays;
  for (let r = 0; r < costs.length; r++) {
    const day = index.relContactDay[r]!;
    const age = Number.isNaN(day) ? 0 : Math.max(0, asOfDay - day);
    costs[r] = -index.relLnStrength[r]! + age * decayPerDay;
  }
  index.costCache = { key, costs };
  return costs;
}
