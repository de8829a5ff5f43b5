import {
  neo4jKindLabel,
  type NodeKind,
  type StakeholderNode,
} from '../../../../graph-schema/index.ts';
import { MODEL_TYPES, NODE_FIELDS, STAKEHOLDER } from './neo4j-cypher.ts';
import { nodeFromProps } from './neo4j-mapping.ts';
import type { Crossing, Expanded } from './neo4j-path-reads.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { asNumber, asString, plain } from './neo4j-values.ts';

/** DESIGN.md "Path semantics": without `from`, routes start at every Colleague and the OwnCompany. */
const DEFAULT_START_KINDS: readonly NodeKind[] = ['Colleague', 'OwnCompany'];

/**
 * How long the default starts' side may be reused when nobody writes through
 * this store. Writes through it drop the cache at once; a write by another
 * client (a colleague's app, plain Cypher) shows in path answers after this at
 * the latest.
 */
export const START_CACHE_TTL_MS = 30_000;

/** Every relationship of one node, unfiltered and strongest first. */
export interface Adjacency {
  /** The stakeholder id (named when a non-seed start is capped as a hub). */
  readonly id: string;
  readonly degree: number;
  readonly neighbours: readonly string[];
  readonly via: readonly string[];
  readonly strengths: readonly number[];
}

/** The default starts by element id, in the order the database listed them. */
export interface DefaultStarts {
  readonly eids: readonly string[];
  readonly adjacency: ReadonlyMap<string, Adjacency>;
  /** Their records (a node that does not read as a stakeholder is left out). */
  readonly records: ReadonlyMap<string, StakeholderNode>;
}

/**
 * `strength` for each relationship `r` to `m`: a hop's weight is its strength
 * decayed by age, so the strength bounds it from above (1 where none is stored).
 * The property is read once (a CASE on `r.strength` reads it twice), and the
 * label of the other end only for what passes `where` (measured: about a fifth
 * less server time per expansion than the label in the pattern). `keep`: other
 * variables to carry along.
 */
export function hopsWhere(where: string, keep = ''): string {
  const vars = keep ? `${keep}, r, m` : 'r, m';
  return `WITH ${vars}, r.strength AS s
    WITH ${vars}, CASE WHEN 0 < s <= 1 THEN toFloat(s) ELSE 1.0 END AS strength
    WHERE ${where} AND m:${STAKEHOLDER}`;
}

const byKind = DEFAULT_START_KINDS.map(
  (kind) => `MATCH (n:${neo4jKindLabel(kind)}:${STAKEHOLDER}) RETURN n`,
).join(' UNION ');

const READ_STARTS = `CALL () { ${byKind} }
  CALL (n) {
    MATCH (n)-[r:${MODEL_TYPES}]-(m)
    ${hopsWhere('true')}
    WITH r, m, strength ORDER BY strength DESC
    RETURN collect(elementId(m)) AS neighbours, collect(elementId(r)) AS via,
      collect(strength) AS strengths
  }
  RETURN elementId(n) AS eid, n.id AS id, ${NODE_FIELDS}, COUNT { (n)-[:${MODEL_TYPES}]-() } AS degree,
    neighbours, via, strengths`;

/**
 * The side of a path question that is the same for every question with the
 * default starts: every Colleague and the OwnCompany, and all their
 * relationships. With a couple of thousand colleagues, reading them was most of
 * a path query; now it is read once per `START_CACHE_TTL_MS`. Element ids are
 * only reused after a node or relationship is deleted, which a write through
 * this store announces (`invalidate`) and anyone else's is bounded by the TTL.
 */
export interface StartCacheOptions {
  readonly ttlMs?: number;
  readonly now?: () => number;
  /**
   * Runs a read in a transaction of its own. With it, a question asked when the
   * cache is past half its TTL is answered from the cache while a fresh copy is
   * read beside it, so steady use never waits for the reload.
   */
  readonly read?: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;
}

export class StartCache {
  readonly #ttlMs: number;
  readonly #now: () => number;
  readonly #read: StartCacheOptions['read'];
  #entry: { readonly at: number; readonly starts: DefaultStarts } | undefined;
  /** Bumped by every invalidation: a read that began before one is not kept. */
  #generation = 0;
  #refreshing: Promise<void> | undefined;

  constructor(options: StartCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? START_CACHE_TTL_MS;
    this.#now = options.now ?? Date.now;
    this.#read = options.read;
  }

  /** The default starts, read in `tx` when the cached ones are missing or too old. */
  async defaultStarts(tx: Tx): Promise<DefaultStarts> {
    const entry = this.#entry;
    const age = entry ? this.#now() - entry.at : Infinity;
    if (entry && age < this.#ttlMs) {
      if (age >= this.#ttlMs / 2) this.#refreshBeside();
      return entry.starts;
    }
    return this.#load((work) => work(tx));
  }

  /** Settles when no reload beside the questions is running (for tests). */
  async settled(): Promise<void> {
    await this.#refreshing;
  }

  invalidate(): void {
    this.#generation++;
    this.#entry = undefined;
  }

  /** Stamped with the time the read began: the data is at least that fresh. */
  async #load(run: (work: (tx: Tx) => Promise<DefaultStarts>) => Promise<DefaultStarts>) {
    const generation = this.#generation;
    const at = this.#now();
    const starts = await run(readDefaultStarts);
    if (generation === this.#generation) this.#entry = { at, starts };
    return starts;
  }

  #refreshBeside(): void {
    const read = this.#read;
    if (!read || this.#refreshing) return;
    // A failed reload leaves the entry to expire; the next question then reads it itself.
    this.#refreshing = this.#load(read)
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (this.#refreshing = undefined));
  }
}

async function readDefaultStarts(tx: Tx): Promise<DefaultStarts> {
  const adjacency = new Map<string, Adjacency>();
  const records = new Map<string, StakeholderNode>();
  for (const row of await rows(tx, READ_STARTS)) {
    const node = nodeFromProps(row.props, row.labels as unknown[]);
    if (node) records.set(row.eid as string, node);
    adjacency.set(row.eid as string, {
      id: asString(row.id) ?? '',
      degree: asNumber(plain(row.degree)) ?? 0,
      neighbours: row.neighbours as string[],
      via: row.via as string[],
      strengths: row.strengths as number[],
    });
  }
  return { eids: [...adjacency.keys()], adjacency, records };
}

/** What the walk needs to treat cached nodes like read ones (see neo4j-path-reads.ts). */
export interface Bounds {
  readonly seeds: ReadonlySet<string>;
  readonly hubCap: number | undefined;
  readonly minScore: number;
}

function cappedHere(eid: string, adjacency: Adjacency, bounds: Bounds): boolean {
  return bounds.hubCap !== undefined && adjacency.degree > bounds.hubCap && !bounds.seeds.has(eid);
}

/** A cached node as `expand` reads it: capped, or its relationships reaching `minScore`. */
export function expandedFromCache(eid: string, adjacency: Adjacency, bounds: Bounds): Expanded {
  const { degree } = adjacency;
  if (cappedHere(eid, adjacency, bounds)) {
    return { eid, degree, cappedId: adjacency.id, neighbours: [], via: [], strengths: [] };
  }
  // Strongest first, so the ones reaching minScore are a prefix.
  let end = 0;
  while (end < adjacency.strengths.length && adjacency.strengths[end]! >= bounds.minScore) end++;
  return {
    eid,
    degree,
    neighbours: adjacency.neighbours.slice(0, end),
    via: adjacency.via.slice(0, end),
    strengths: adjacency.strengths.slice(0, end),
  };
}

/** `crossings` for a frontier whose nodes are all cached: no statement at all. */
export function crossingsFromCache(
  frontier: readonly string[],
  others: ReadonlySet<string>,
  cached: ReadonlyMap<string, Adjacency>,
  bounds: Bounds,
): { crossings: Crossing[]; capped: Expanded[] } {
  const found: Crossing[] = [];
  const capped: Expanded[] = [];
  for (const from of frontier) {
    const adjacency = cached.get(from)!;
    const expanded = expandedFromCache(from, adjacency, bounds);
    if (expanded.cappedId !== undefined) capped.push(expanded);
    expanded.neighbours.forEach((to, i) => {
      if (others.has(to))
        found.push({ from, to, via: expanded.via[i]!, strength: expanded.strengths[i]! });
    });
  }
  return { crossings: found, capped };
}
