import {
  cheapestSpur,
  hopBoundedCostsToEnds,
  releaseBounds,
  type RawPath,
} from './hop-bounded-search.ts';
import type { CompiledQuery } from './path-query.ts';

/** Costs closer than this are a tie (log space: a relative score difference of 1e-9). */
export const COST_EPSILON = 1e-9;
/**
 * Yen's enumeration runs on past the k-th path while the next one ties it, so the
 * final order among ties is by ids and not by chance. This caps that run for
 * degenerate data (e.g. every weight 1); past it, ties keep enumeration order.
 */
const MAX_EXTRA_TIES = 200;

export interface CostedPath extends RawPath {
  readonly cost: number;
}

/**
 * The k best loopless paths of a compiled query by (score, hops, node ids,
 * relationship ids): Yen's algorithm with a virtual start joined to every source,
 * each spur found by the exact hop-bounded search, so the hop limit holds for the
 * whole path (root + spur), which plain Dijkstra inside Yen would not guarantee.
 */
export function kBestPaths(q: CompiledQuery, k: number, bounds?: Bounds): CostedPath[] {
  if (k < 1 || q.sources.length === 0) return [];
  if (bounds) return yen(q, bounds.layers, k);
  return withBounds(q, (own) => yen(q, own.layers, k));
}

/** The A* heuristic of a query's searches; see `withBounds`. */
export interface Bounds {
  readonly layers: readonly Float64Array[];
}

/**
 * Runs `work` with the hop-bounded costs of `q`, the most expensive part of a
 * query. They are lower bounds for every query whose walks are also walks of
 * `q` (the same costs and starts, fewer ends and fewer nodes allowed inside),
 * and consistent ones, so such a query may search with them too: exact, if
 * less sharply guided than with its own.
 */
export function withBounds<T>(q: CompiledQuery, work: (bounds: Bounds) => T): T {
  const layers = hopBoundedCostsToEnds(q);
  try {
    return work({ layers });
  } finally {
    releaseBounds(q.index, layers);
  }
}

function yen(q: CompiledQuery, bounds: readonly Float64Array[], k: number): CostedPath[] {
  const accepted: CostedPath[] = [];
  const candidates: CostedPath[] = [];
  const seen = new Set<string>();
  const consider = (path: RawPath | undefined): void => {
    if (!path) return;
    const key = `${path.nodes[0]}:${path.rels.join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    candidates.push({ ...path, cost: pathCost(q, path.rels) });
  };
  consider(cheapestSpur(q, bounds, noBans(-1, 0)));
  while (candidates.length > 0) {
    const next = takeCheapest(candidates);
    const kth = accepted[k - 1];
    if (kth && (next.cost > kth.cost + COST_EPSILON || accepted.length >= k + MAX_EXTRA_TIES)) {
      break;
    }
    accepted.push(next);
    for (let i = -1; i < next.nodes.length - 1; i++) {
      consider(spurCandidate(q, bounds, accepted, next, i));
    }
  }
  return accepted.sort((a, b) => comparePaths(q, a, b)).slice(0, k);
}

/** Deviate from `path` at position `i` (−1: choose another source). */
function spurCandidate(
  q: CompiledQuery,
  bounds: readonly Float64Array[],
  accepted: readonly CostedPath[],
  path: CostedPath,
  i: number,
): RawPath | undefined {
  if (i < 0) {
    const usedSources = new Set(accepted.map((p) => p.nodes[0]!));
    return cheapestSpur(q, bounds, {
      start: -1,
      depth: 0,
      bannedNodes: new Set(),
      bannedFirst: usedSources,
    });
  }
  const rootNodes = path.nodes.slice(0, i + 1);
  const rootRels = path.rels.slice(0, i);
  const bannedFirst = new Set<number>();
  for (const other of accepted) {
    if (other.rels.length > i && sharesRoot(other, rootNodes[0]!, rootRels)) {
      bannedFirst.add(other.rels[i]!);
    }
  }
  const spur = cheapestSpur(q, bounds, {
    start: rootNodes[i]!,
    depth: i,
    bannedNodes: new Set(rootNodes),
    bannedFirst,
  });
  if (!spur) return undefined;
  return { nodes: [...rootNodes, ...spur.nodes.slice(1)], rels: [...rootRels, ...spur.rels] };
}

function sharesRoot(path: RawPath, first: number, rootRels: readonly number[]): boolean {
  if (path.nodes[0] !== first) return false;
  return rootRels.every((rel, j) => path.rels[j] === rel);
}

function noBans(start: number, depth: number) {
  return { start, depth, bannedNodes: new Set<number>(), bannedFirst: new Set<number>() };
}

/** Summed in walking order, the same order the search adds them in. */
function pathCost(q: CompiledQuery, rels: readonly number[]): number {
  let cost = 0;
  for (const rel of rels) cost += q.costs[rel]!;
  return cost;
}

/** Removes and returns the least (cost, hops) candidate; candidate lists stay short. */
function takeCheapest(candidates: CostedPath[]): CostedPath {
  let best = 0;
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[best]!;
    if (a.cost < b.cost || (a.cost === b.cost && a.rels.length < b.rels.length)) best = i;
  }
  const [taken] = candidates.splice(best, 1);
  return taken!;
}

/** Score (cost within ε), then fewer hops, then node ids, then relationship ids. */
export function comparePaths(q: CompiledQuery, a: CostedPath, b: CostedPath): number {
  if (Math.abs(a.cost - b.cost) > COST_EPSILON) return a.cost - b.cost;
  if (a.rels.length !== b.rels.length) return a.rels.length - b.rels.length;
  const byNodes = compareIds(a.nodes, b.nodes, q.index.ids);
  return byNodes !== 0 ? byNodes : compareIds(a.rels, b.rels, q.index.relIds);
}

function compareIds(a: readonly number[], b: readonly number[], ids: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = ids[a[i]!]!;
    const y = ids[b[i]!]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
