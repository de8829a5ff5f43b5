export { hopBoundedCostsToEnds, releaseBounds } from './hop-bounds.ts';
import { MinHeap } from './min-heap.ts';
import type { CompiledQuery } from './path-query.ts';

/** A path over index positions: `rels[i]` leads from `nodes[i]` to `nodes[i + 1]`. */
export interface RawPath {
  readonly nodes: readonly number[];
  readonly rels: readonly number[];
}

export interface SpurRequest {
  /** The spur node, or -1 for the virtual start linked to every source. */
  readonly start: number;
  /** Hops already used by the root path. */
  readonly depth: number;
  /** Root nodes a spur may not revisit. */
  readonly bannedNodes: ReadonlySet<number>;
  /** Relationships that may not be the first hop (or, from the virtual start, sources). */
  readonly bannedFirst: ReadonlySet<number>;
}

/**
 * The cheapest spur path (least cost, then fewest hops) from `start` to an end in
 * at most maxHops − depth hops: A* over (node, hops) states with the exact
 * hop-bounded costs of the unrestricted graph as heuristic, which is consistent,
 * so the first end popped is optimal. A least-(cost, hops) walk never repeats a
 * node (dropping a cycle costs nothing and saves hops), so the result is loopless.
 */
export function cheapestSpur(
  q: CompiledQuery,
  bounds: readonly Float64Array[],
  request: SpurRequest,
): RawPath | undefined {
  const { index, outCost, isEnd, isInner, maxHops } = q;
  const width = maxHops + 1;
  const best = new Map<number, number>();
  const parent = new Map<number, { state: number; rel: number }>();
  const closed = new Set<number>();
  const heap = new MinHeap();
  const offer = (v: number, depth: number, g: number, from: number, rel: number): void => {
    const h = bounds[maxHops - depth]![v]!;
    if (h === Number.POSITIVE_INFINITY) return;
    const state = v * width + depth;
    if (g >= (best.get(state) ?? Number.POSITIVE_INFINITY)) return;
    best.set(state, g);
    if (from >= 0) parent.set(state, { state: from, rel });
    heap.push(state, g + h, depth);
  };
  if (request.start < 0) {
    for (const s of q.sources) if (!request.bannedFirst.has(s)) offer(s, 0, 0, -1, -1);
  } else {
    offer(request.start, request.depth, 0, -1, -1);
  }
  while (heap.size > 0) {
    const state = heap.pop();
    if (closed.has(state)) continue;
    closed.add(state);
    const v = Math.floor(state / width);
    const depth = state % width;
    const g = best.get(state)!;
    if (isEnd[v] && depth > 0) return unwind(state, parent, width);
    if (depth === maxHops) continue;
    const isSpur = v === request.start && depth === request.depth;
    for (let a = index.outStart[v]!; a < index.outStart[v + 1]!; a++) {
      const w = index.outHead[a]!;
      const rel = index.outRel[a]!;
      if (!(isEnd[w] || isInner[w]) || request.bannedNodes.has(w)) continue;
      if (isSpur && request.bannedFirst.has(rel)) continue;
      offer(w, depth + 1, g + outCost[a]!, state, rel);
    }
  }
  return undefined;
}

function unwind(
  state: number,
  parent: ReadonlyMap<number, { state: number; rel: number }>,
  width: number,
): RawPath {
  const nodes = [Math.floor(state / width)];
  const rels: number[] = [];
  for (let link = parent.get(state); link; link = parent.get(link.state)) {
    rels.push(link.rel);
    nodes.push(Math.floor(link.state / width));
  }
  return { nodes: nodes.reverse(), rels: rels.reverse() };
}
