import { consentStatusOf, isPersonKind, type StakeholderNode } from '../../graph-schema/index.ts';

/**
 * A compact index of the walkable arcs, built once per network and reused by every
 * path query (DESIGN.md: hot kernels on typed arrays). An arc is a relationship in
 * a direction its type allows: `both` relationships give two arcs, `forward` one.
 * `out*` lists arcs leaving a node, `in*` the same arcs seen from their head, so a
 * search can run backwards from the targets. `rel*` describe relationships by
 * position; a self-relationship has no arcs (it carries influence to no one else).
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
  readonly relSource: Int32Array;
  readonly relTarget: Int32Array;
  /** 1 when influence flows both ways along the relationship. */
  readonly relBoth: Uint8Array;
  readonly relStrength: Float64Array;
  readonly relLnStrength: Float64Array;
  /** Day number of the last contact, NaN when there is none. */
  readonly relContactDay: Float64Array;
  costCache?: { key: string; costs: ArcCosts };
}

/** Relationships by position, endpoints as node positions. */
export interface IndexedRelationships {
  readonly ids: readonly string[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly both: Uint8Array;
  readonly strength: Float64Array;
  /** Day number of the last contact, NaN when there is none. */
  readonly contactDay: Float64Array;
}

export function buildPathIndex(
  nodes: readonly StakeholderNode[],
  indexOf: ReadonlyMap<string, number>,
  rels: IndexedRelationships,
): PathIndex {
  const n = nodes.length;
  const denied = new Uint8Array(n);
  const ours = new Uint8Array(n);
  nodes.forEach((node, i) => {
    denied[i] = isPersonKind(node.kind) && consentStatusOf(node) === 'denied' ? 1 : 0;
    ours[i] = node.kind === 'Colleague' || node.kind === 'OwnCompany' ? 1 : 0;
  });
  const m = rels.ids.length;
  const relLnStrength = new Float64Array(m);
  for (let r = 0; r < m; r++) relLnStrength[r] = Math.log(rels.strength[r]!);
  const out = groupArcs(n, rels, false);
  const inn = groupArcs(n, rels, true);
  return {
    ids: nodes.map((node) => node.id),
    indexOf,
    denied,
    ours,
    outStart: out.start,
    outHead: out.other,
    outRel: out.rel,
    inStart: inn.start,
    inTail: inn.other,
    inRel: inn.rel,
    relIds: rels.ids,
    relSource: rels.source,
    relTarget: rels.target,
    relBoth: rels.both,
    relStrength: rels.strength,
    relLnStrength,
    relContactDay: rels.contactDay,
  };
}

/**
 * Counting sort of the arcs by their tail (or, `byHead`, their head) into CSR
 * arrays: arc tail → head is source → target, plus target → source when the
 * relationship's influence flows both ways.
 */
function groupArcs(n: number, rels: IndexedRelationships, byHead: boolean) {
  const { source, target, both } = rels;
  const m = source.length;
  const start = new Int32Array(n + 1);
  let arcs = 0;
  for (let r = 0; r < m; r++) {
    const s = source[r]!;
    const t = target[r]!;
    if (s === t) continue;
    start[(byHead ? t : s) + 1]!++;
    arcs++;
    if (both[r]) {
      start[(byHead ? s : t) + 1]!++;
      arcs++;
    }
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const other = new Int32Array(arcs);
  const rel = new Int32Array(arcs);
  const place = (from: number, to: number, r: number): void => {
    const at = byHead ? to : from;
    const pos = fill[at]!++;
    other[pos] = byHead ? from : to;
    rel[pos] = r;
  };
  for (let r = 0; r < m; r++) {
    const s = source[r]!;
    const t = target[r]!;
    if (s === t) continue;
    place(s, t, r);
    if (both[r]) place(t, s, r);
  }
  return { start, other, rel };
}

/**
 * Cost (−ln hop weight) of every relationship at `asOfDay`, and the same laid out
 * along the out- and in-arcs, so the hot loops read costs in order instead of
 * jumping through a million relationships. Cached for the last settings.
 */
export interface ArcCosts {
  readonly byRel: Float64Array;
  readonly out: Float64Array;
  readonly in: Float64Array;
}

export function relationshipCosts(
  index: PathIndex,
  asOfDay: number,
  halfLifeDays: number,
): ArcCosts {
  const key = `${asOfDay}/${halfLifeDays}`;
  if (index.costCache?.key === key) return index.costCache.costs;
  const byRel = new Float64Array(index.relIds.length);
  const decayPerDay = Math.LN2 / halfLifeDays;
  for (let r = 0; r < byRel.length; r++) {
    const day = index.relContactDay[r]!;
    const age = Number.isNaN(day) ? 0 : Math.max(0, asOfDay - day);
    byRel[r] = -index.relLnStrength[r]! + age * decayPerDay;
  }
  const along = (rels: Int32Array): Float64Array => {
    const costs = new Float64Array(rels.length);
    for (let a = 0; a < rels.length; a++) costs[a] = byRel[rels[a]!]!;
    return costs;
  };
  const out = along(index.outRel);
  const inn = along(index.inRel);
  const costs = { byRel, out, in: inn };
  index.costCache = { key, costs };
  return costs;
}
