import type { PathIndex } from './path-index.ts';
import type { CompiledQuery } from './path-query.ts';

const INF = Number.POSITIVE_INFINITY;

/**
 * Layers are node-sized arrays; on a large network allocating fresh ones per query
 * made the garbage collector re-mark the whole loaded graph every few queries
 * (seconds each), so finished searches hand their layers back for reuse.
 */
const layerPools = new WeakMap<PathIndex, Float64Array[]>();
const MAX_POOLED = 24;

function takeLayer(index: PathIndex): Float64Array {
  return layerPools.get(index)?.pop() ?? new Float64Array(index.ids.length);
}

/** Returns the layers of a finished search to the pool of its index. */
export function releaseBounds(index: PathIndex, bounds: readonly Float64Array[]): void {
  let pool = layerPools.get(index);
  if (!pool) layerPools.set(index, (pool = []));
  for (const layer of bounds) if (pool.length < MAX_POOLED) pool.push(layer);
}

/**
 * `bounds[r][v]`: the least cost from v to an end within r hops, walks allowed, so
 * a lower bound for every restricted search of Yen's algorithm (its A* heuristic).
 * Only states a search can visit need a value: node v at depth d = maxHops − r,
 * which lies within d hops of a source. So the layers meet in the middle:
 * - backwards from the ends (Bellman-Ford bounded by hops, exact for every node),
 * - forwards from the sources (breadth-first, which nodes lie within d hops),
 * each step growing the side whose frontier has fewer arcs to scan; the upper
 * layers are then pulled only for the nodes near the sources. On small-world
 * networks a maxHops-ball around either side covers most of the graph; two half
 * balls do not.
 */
export function hopBoundedCostsToEnds(q: CompiledQuery): Float64Array[] {
  const backward = new BackwardLayers(q);
  const forward = new ForwardLayers(q);
  while (backward.depth + forward.depth < q.maxHops) {
    if (backward.frontierArcs() <= forward.growthCost()) backward.grow();
    else forward.grow();
  }
  const bounds = backward.layers;
  for (let r = backward.depth + 1; r <= q.maxHops; r++) {
    bounds.push(pullLayer(q, bounds[r - 1]!, forward.within(q.maxHops - r), backward.ends));
  }
  return bounds;
}

/** Layer r for the given nodes from layer r − 1 of their successors. */
function pullLayer(
  q: CompiledQuery,
  prev: Float64Array,
  nodes: readonly number[],
  ends: readonly number[],
): Float64Array {
  const { index, outCost, isEnd, isInner } = q;
  const cur = takeLayer(q.index).fill(INF);
  for (const e of ends) cur[e] = 0;
  for (const v of nodes) {
    let best = prev[v]!;
    for (let a = index.outStart[v]!; a < index.outStart[v + 1]!; a++) {
      const w = index.outHead[a]!;
      if (!(isEnd[w] || isInner[w])) continue;
      const c = outCost[a]! + prev[w]!;
      if (c < best) best = c;
    }
    cur[v] = best;
  }
  return cur;
}

/** Exact hop-bounded costs to the ends, one hop per `grow`, pushed along in-arcs. */
class BackwardLayers {
  readonly layers: Float64Array[];
  readonly ends: number[] = [];
  private frontier: number[] = [];
  private readonly queued: Uint8Array;
  private readonly q: CompiledQuery;

  constructor(q: CompiledQuery) {
    this.q = q;
    const n = q.index.ids.length;
    const layer0 = takeLayer(q.index).fill(INF);
    for (let v = 0; v < n; v++) {
      if (q.isEnd[v]) {
        layer0[v] = 0;
        this.ends.push(v);
        this.frontier.push(v);
      }
    }
    this.layers = [layer0];
    this.queued = new Uint8Array(n);
  }

  get depth(): number {
    return this.layers.length - 1;
  }

  frontierArcs(): number {
    const start = this.q.index.inStart;
    let arcs = 0;
    for (const w of this.frontier) arcs += start[w + 1]! - start[w]!;
    return arcs;
  }

  grow(): void {
    const { index, inCost, isEnd, isInner, isSource } = this.q;
    const prev = this.layers[this.layers.length - 1]!;
    const cur = takeLayer(this.q.index);
    cur.set(prev);
    const next: number[] = [];
    for (const w of this.frontier) {
      for (let a = index.inStart[w]!; a < index.inStart[w + 1]!; a++) {
        const v = index.inTail[a]!;
        if (isEnd[v] || !(isInner[v] || isSource[v])) continue;
        const c = inCost[a]! + prev[w]!;
        if (c >= cur[v]!) continue;
        cur[v] = c;
        // Sources get a bound (paths start there) but never pass it on.
        if (isInner[v] && !this.queued[v]) {
          this.queued[v] = 1;
          next.push(v);
        }
      }
    }
    for (const v of next) this.queued[v] = 0;
    this.layers.push(cur);
    this.frontier = next;
  }
}

/** Which nodes a path can be at after d hops: breadth-first from the sources. */
class ForwardLayers {
  private readonly levels: number[][];
  private readonly seen: Uint8Array;
  private readonly q: CompiledQuery;

  constructor(q: CompiledQuery) {
    this.q = q;
    this.seen = new Uint8Array(q.index.ids.length);
    for (const s of q.sources) this.seen[s] = 1;
    this.levels = [[...q.sources]];
  }

  get depth(): number {
    return this.levels.length - 1;
  }

  /**
   * Arcs a forward step costs: the frontier is scanned by the search and once more
   * by a pulled layer, and every level before it is pulled once more.
   */
  growthCost(): number {
    const start = this.q.index.outStart;
    let cost = 0;
    this.levels.forEach((level, d) => {
      const weight = d === this.levels.length - 1 ? 2 : 1;
      for (const v of level) cost += weight * (start[v + 1]! - start[v]!);
    });
    return cost;
  }

  grow(): void {
    const { index, isInner } = this.q;
    const next: number[] = [];
    for (const v of this.levels[this.levels.length - 1]!) {
      for (let a = index.outStart[v]!; a < index.outStart[v + 1]!; a++) {
        const w = index.outHead[a]!;
        // Ends stop a path and sources never continue one: only inner nodes expand.
        if (!isInner[w] || this.seen[w]) continue;
        this.seen[w] = 1;
        next.push(w);
      }
    }
    this.levels.push(next);
  }

  /** Nodes within d hops, nearest first; d never exceeds the grown depth. */
  within(d: number): number[] {
    return this.levels.slice(0, d + 1).flat();
  }
}
