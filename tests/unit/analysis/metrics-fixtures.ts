import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import { buildAnalysisGraph, type AnalysisGraph } from '../../../shared/analysis/index.ts';

export const personId = (i: number): string => `p${String(i).padStart(2, '0')}`;

/** People numbered 0…n−1 who KNOW each other along `edges` (undirected, strength 0.5). */
export function acquaintances(
  n: number,
  edges: readonly (readonly [number, number])[],
): AnalysisGraph {
  const nodes: StakeholderNode[] = Array.from({ length: n }, (_, i) => ({
    id: personId(i),
    kind: 'Contact',
    name: `Member ${i}`,
    tags: [],
  }));
  const rels: Relationship[] = edges.map(([a, b]) => ({
    id: `${personId(a)}|KNOWS|${personId(b)}`,
    type: 'KNOWS',
    source: personId(a),
    target: personId(b),
    strength: 0.5,
  }));
  return buildAnalysisGraph(nodes, rels);
}

/** People along `arcs`, each an INFLUENCES relationship (influence flows one way). */
export function influenceChain(
  n: number,
  arcs: readonly (readonly [number, number])[],
): AnalysisGraph {
  const nodes: StakeholderNode[] = Array.from({ length: n }, (_, i) => ({
    id: personId(i),
    kind: 'Contact',
    name: `Member ${i}`,
    tags: [],
  }));
  const rels: Relationship[] = arcs.map(([a, b]) => ({
    id: `${personId(a)}|INFLUENCES|${personId(b)}`,
    type: 'INFLUENCES',
    source: personId(a),
    target: personId(b),
    strength: 0.6,
  }));
  return buildAnalysisGraph(nodes, rels);
}
