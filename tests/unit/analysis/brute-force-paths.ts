import { RELATIONSHIP_TYPE_SPECS, type Relationship } from '../../../graph-schema/index.ts';
import type { Network } from './random-network.ts';

/**
 * The reference for the path search: every loopless path enumerated by depth-first
 * search straight from the node and relationship lists, written without any code
 * of shared/analysis, scored as the product of hop weights.
 */
export interface BrutePath {
  readonly nodes: string[];
  readonly rels: string[];
  readonly score: number;
}

export interface BruteQuery {
  readonly from?: readonly string[];
  readonly to: string;
  readonly k: number;
  readonly maxHops: number;
  readonly includeNoConsent: boolean;
  readonly asOf: string;
  readonly halfLifeDays: number;
}

const PEOPLE = new Set(['Contact', 'Influencer', 'Journalist', 'Colleague']);
const day = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;

export function bruteForcePaths(net: Network, q: BruteQuery): BrutePath[] {
  const kind = new Map(net.nodes.map((n) => [n.id, n.kind]));
  const denied = new Set(
    net.nodes.filter((n) => PEOPLE.has(n.kind) && n.consent?.status === 'denied').map((n) => n.id),
  );
  const ends = new Set([q.to]);
  if (!PEOPLE.has(kind.get(q.to)!)) {
    for (const r of net.relationships)
      if (r.type === 'WORKS_FOR' && r.target === q.to) ends.add(r.source);
  }
  const sources = new Set(
    q.from ??
      net.nodes.filter((n) => n.kind === 'Colleague' || n.kind === 'OwnCompany').map((n) => n.id),
  );
  const blockedByConsent = (v: string) => denied.has(v) && !q.includeNoConsent;
  const canEnd = (v: string) => ends.has(v) && (v === q.to || !blockedByConsent(v));
  const canPass = (v: string) => !sources.has(v) && !ends.has(v) && !blockedByConsent(v);
  const arcs = new Map<string, { to: string; rel: Relationship }[]>();
  const addArc = (from: string, to: string, rel: Relationship) =>
    arcs.set(from, [...(arcs.get(from) ?? []), { to, rel }]);
  for (const r of net.relationships) {
    addArc(r.source, r.target, r);
    if (RELATIONSHIP_TYPE_SPECS[r.type].flow === 'both') addArc(r.target, r.source, r);
  }
  const weight = (r: Relationship) => {
    const age = r.lastContact ? Math.max(0, day(q.asOf) - day(r.lastContact)) : 0;
    return r.strength * 0.5 ** (age / q.halfLifeDays);
  };
  const found: BrutePath[] = [];
  const walk = (nodes: string[], rels: Relationship[]) => {
    for (const { to, rel } of arcs.get(nodes.at(-1)!) ?? []) {
      if (nodes.includes(to)) continue;
      const next = [...nodes, to];
      const nextRels = [...rels, rel];
      if (canEnd(to)) {
        const score = nextRels.reduce((s, r) => s * weight(r), 1);
        found.push({ nodes: next, rels: nextRels.map((r) => r.id), score });
      } else if (canPass(to) && nextRels.length < q.maxHops) {
        walk(next, nextRels);
      }
    }
  };
  for (const s of sources) if (!ends.has(s)) walk([s], []);
  return found.sort(byRank).slice(0, q.k);
}

function byRank(a: BrutePath, b: BrutePath): number {
  if (Math.abs(a.score - b.score) > 1e-9 * Math.max(a.score, b.score)) return b.score - a.score;
  if (a.rels.length !== b.rels.length) return a.rels.length - b.rels.length;
  return compareSeq(a.nodes, b.nodes) || compareSeq(a.rels, b.rels);
}

function compareSeq(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/** People with denied consent on the k best paths had consent not mattered. */
export function bruteForceExcluded(net: Network, q: BruteQuery): string[] {
  const denied = new Set(net.nodes.filter((n) => n.consent?.status === 'denied').map((n) => n.id));
  const skipped = new Set<string>();
  for (const p of bruteForcePaths(net, { ...q, includeNoConsent: true })) {
    for (const v of p.nodes.slice(1)) if (denied.has(v) && v !== q.to) skipped.add(v);
  }
  return [...skipped].sort();
}
