import type { StakeholderNode } from '../../../../graph-schema/index.ts';
import type { PathSubgraphOptions, Subgraph } from '../../../../shared/store/graph-store.ts';
import {
  crossings,
  endsOf,
  expand,
  hubLinks,
  startsOf,
  type Crossing,
  type Expanded,
} from './neo4j-path-reads.ts';
import { assemble, readRecords, type Chosen } from './neo4j-path-records.ts';
import type { Tx } from './neo4j-session.ts';
import type { Adjacency, Bounds, StartCache } from './neo4j-start-cache.ts';
import { DEFAULT_MAX_NODES } from './neo4j-subgraph.ts';

/** One end of the search: the ball around its seeds, grown hop by hop. */
interface Side {
  /** Element id → the best product of strengths of a way in at most `radius` hops. */
  readonly best: Map<string, number>;
  /** The nodes whose best way improved in the last hop: the next to expand. */
  frontier: string[];
  radius: number;
}

interface Walk {
  readonly maxNodes: number;
  /** Caps; starts and ends (the seeds) are expanded whatever their degree. */
  readonly bounds: Bounds;
  /** Nodes whose relationships are known without a statement (the default starts). */
  readonly cached: ReadonlyMap<string, Adjacency>;
  /** Their records: not read again for the answer. */
  readonly records: ReadonlyMap<string, StakeholderNode>;
  /** Every node either side reached: what `maxNodes` counts. */
  readonly reached: Set<string>;
  /** Routes below this product of strengths are not followed (0: every route). */
  readonly minScore: number;
  /** What each expanded node's relationships are: read once, walked again when its best way improves. */
  readonly expanded: Map<string, Expanded>;
  /** Relationships seen from an expanded node: element id → its two ends. */
  readonly edges: Map<string, readonly [string, string]>;
  readonly capped: Map<string, { readonly id: string; readonly degree: number }>;
  truncated: boolean;
}

/**
 * The part of the database a path question can touch, read from both ends.
 *
 * Every route of L ≤ maxHops relationships is covered when the two balls' radii
 * add up to maxHops − 1: the relationship at position i either leaves a node
 * inside the start ball (i < radius there) or reaches a node inside the end ball,
 * both of which were expanded, or else it joins the two outer frontiers, which
 * one last query looks for (`crossings`). So each step grows the side with the
 * smaller frontier — with the default starts the end side, as long as it is the
 * smaller — and no side is ever read a hop further than the question needs.
 *
 * Only nodes that can lie on such a route are kept: a frontier node in one ball
 * only is at least one hop beyond the other, so without a crossing relationship
 * the route through it is too long. With `minScore` a route is followed only
 * while its product of strengths (an upper bound of its score) reaches it, from
 * either side and across the join. Caps as in `subgraph`: a node with more than
 * `hubCap` relationships is kept but not expanded (starts and ends always are),
 * its relationships to nodes reached on other ways are kept too, and the walk
 * stops at `maxNodes` reached nodes with `truncated`.
 */
export async function pathSubgraph(
  tx: Tx,
  options: PathSubgraphOptions,
  cache: StartCache,
): Promise<Subgraph> {
  const ends = await endsOf(tx, options.target);
  if (ends.length === 0) return { nodes: [], relationships: [], cappedHubs: [], truncated: false };
  const defaults = options.starts ? undefined : await cache.defaultStarts(tx);
  const starts = defaults ? [...defaults.eids] : await startsOf(tx, options.starts ?? []);
  const minScore = options.minScore ?? 0;
  const walk: Walk = {
    maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
    bounds: { seeds: new Set([...ends, ...starts]), hubCap: options.hubCap, minScore },
    cached: defaults?.adjacency ?? new Map(),
    records: defaults?.records ?? new Map(),
    reached: new Set(),
    minScore,
    expanded: new Map(),
    edges: new Map(),
    capped: new Map(),
    truncated: false,
  };
  const toEnds = sideOf(walk, ends);
  const fromStarts = sideOf(walk, starts);
  for (let step = 0; step < options.maxHops - 1 && !walk.truncated; step++) {
    const side = smallerFrontier(toEnds, fromStarts);
    if (!side) break;
    const unread = side.frontier.filter((eid) => !walk.expanded.has(eid) && !walk.capped.has(eid));
    for (const node of await expand(tx, unread, walk.cached, walk.bounds)) {
      if (node.cappedId === undefined) walk.expanded.set(node.eid, node);
      else walk.capped.set(node.eid, { id: node.cappedId, degree: node.degree });
    }
    grow(walk, side);
  }
  const joined = await join(tx, walk, toEnds, fromStarts);
  const sides = [toEnds, fromStarts];
  // Most records are known before the hubs' links are: they are read meanwhile.
  const early = choose(walk, sides, joined, ends[0]!);
  const [links, first] = await Promise.all([
    linksOfHubs(tx, walk),
    readRecords(tx, early, walk.records),
  ]);
  joined.push(...links.filter((link) => bridges(walk, sides, link)));
  const chosen = choose(walk, sides, joined, ends[0]!);
  const rest = await readRecords(tx, chosen, walk.records, early);
  const cappedHubs = [...walk.capped.values()].sort((x, y) => y.degree - x.degree);
  return {
    ...assemble(chosen, walk.records, [first, rest]),
    cappedHubs,
    truncated: walk.truncated,
  };
}

function sideOf(walk: Walk, seeds: readonly string[]): Side {
  const best = new Map<string, number>();
  for (const eid of seeds) {
    if (!walk.reached.has(eid) && walk.reached.size >= walk.maxNodes) {
      walk.truncated = true;
      break;
    }
    walk.reached.add(eid);
    best.set(eid, 1);
  }
  return { best, frontier: [...best.keys()], radius: 0 };
}

/** The side that is cheaper to grow; the end side on a tie (it is usually the sparser one). */
function smallerFrontier(toEnds: Side, fromStarts: Side): Side | undefined {
  const open = [toEnds, fromStarts].filter((side) => side.frontier.length > 0);
  return open.sort((a, b) => a.frontier.length - b.frontier.length)[0];
}

/**
 * One hop further: the best way to each node in at most `radius + 1` hops. With
 * `minScore` a way is followed only while its product of strengths stays above
 * it, and a node is walked again when a longer way in is stronger (hop-bounded
 * Bellman–Ford); without it every weight counts as 1 and this is plain BFS.
 */
function grow(walk: Walk, side: Side): void {
  const improved = new Map<string, number>();
  for (const eid of side.frontier) {
    const step = walk.expanded.get(eid);
    if (!step) continue;
    const from = side.best.get(eid)!;
    for (let i = 0; i < step.neighbours.length && !walk.truncated; i++) {
      const other = step.neighbours[i]!;
      walk.edges.set(step.via[i]!, [eid, other]);
      const score = walk.minScore > 0 ? from * step.strengths[i]! : 1;
      if (score < walk.minScore) continue;
      if (score <= (improved.get(other) ?? side.best.get(other) ?? -1)) continue;
      if (!walk.reached.has(other)) {
        if (walk.reached.size >= walk.maxNodes) {
          walk.truncated = true;
          break;
        }
        walk.reached.add(other);
      }
      improved.set(other, score);
    }
    if (walk.truncated) break;
  }
  for (const [eid, score] of improved) side.best.set(eid, score);
  side.frontier = [...improved.keys()];
  side.radius = side.radius + 1;
}

/** The relationships between the two outer frontiers, read from the smaller one. */
async function join(tx: Tx, walk: Walk, a: Side, b: Side): Promise<Crossing[]> {
  const [from, to] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
  const found = await crossings(tx, from.frontier, to.frontier, walk.cached, walk.bounds);
  for (const hub of found.capped) {
    walk.capped.set(hub.eid, { id: hub.cappedId!, degree: hub.degree });
  }
  const score = (c: Crossing) => from.best.get(c.from)! * c.strength * to.best.get(c.to)!;
  return found.crossings.filter((c) => walk.minScore === 0 || score(c) >= walk.minScore);
}

/**
 * The links of capped hubs to nodes reached on other ways. An expanded node's
 * links are among `walk.edges` already (unless the walk was cut short), a cached
 * start's are in the cache: only the other nodes' links are read.
 */
async function linksOfHubs(tx: Tx, walk: Walk): Promise<Crossing[]> {
  if (walk.capped.size === 0) return [];
  const known: Crossing[] = [];
  const unread: string[] = [];
  for (const eid of walk.reached) {
    const adjacency = walk.cached.get(eid);
    if (adjacency) {
      adjacency.neighbours.forEach((hub, i) => {
        const strength = adjacency.strengths[i]!;
        if (walk.capped.has(hub) && strength >= walk.minScore) {
          known.push({ from: hub, to: eid, via: adjacency.via[i]!, strength });
        }
      });
    } else if (walk.truncated || !walk.expanded.has(eid)) unread.push(eid);
  }
  return [...(await hubLinks(tx, [...walk.capped.keys()], unread, walk.minScore)), ...known];
}

/** Whether a capped hub's link joins ways from both sides that together reach `minScore`. */
function bridges(walk: Walk, [a, b]: readonly Side[], link: Crossing): boolean {
  if (walk.minScore === 0) return true;
  const via = (x: Side, y: Side) =>
    (x.best.get(link.from) ?? 0) * link.strength * (y.best.get(link.to) ?? 0);
  return Math.max(via(a!, b!), via(b!, a!)) >= walk.minScore;
}

/**
 * Nodes inside either ball, in both, or on a crossing relationship or a capped
 * hub's link (see `pathSubgraph`).
 */
function keptNodes(walk: Walk, sides: readonly Side[], joined: readonly Crossing[]): Set<string> {
  const kept = new Set<string>();
  for (const crossing of joined) kept.add(crossing.from).add(crossing.to);
  for (const eid of walk.reached) {
    const [a, b] = sides.map((side) => side.best.get(eid));
    const both = a !== undefined && b !== undefined && a * b >= walk.minScore;
    if (both || walk.expanded.has(eid) || walk.capped.has(eid)) kept.add(eid);
  }
  return kept;
}

/**
 * The nodes kept (see `keptNodes`) and the target, which is kept even when the
 * routes found end at its people only; the crossing relationships and every
 * relationship the walk saw between two kept nodes.
 */
function choose(
  walk: Walk,
  sides: readonly Side[],
  joined: readonly Crossing[],
  target: string,
): Chosen {
  const nodes = keptNodes(walk, sides, joined).add(target);
  const relationships = new Set(joined.map((crossing) => crossing.via));
  for (const [eid, [a, b]] of walk.edges) if (nodes.has(a) && nodes.has(b)) relationships.add(eid);
  return { nodes, relationships };
}
