import { consentStatusOf, isPersonKind } from '../../graph-schema/index.ts';
import type { AnalysisGraph } from './analysis-graph.ts';
import {
  asOfDay,
  contactAgeDays,
  DEFAULT_HALF_LIFE_DAYS,
  hopWeight,
  recencyFactor,
} from './hop-weight.ts';
import type { PathHop, PathRelationship, ReachedStakeholder } from './path-types.ts';

export interface ExplainOptions {
  readonly asOf?: string | Date;
  readonly halfLifeDays?: number;
}

/**
 * Explains a path hop by hop. `nodes` are the ids in walking order and
 * `relationshipIds[i]` joins `nodes[i]` and `nodes[i + 1]`.
 */
export function explainPath(
  graph: AnalysisGraph,
  nodes: readonly string[],
  relationshipIds: readonly string[],
  options: ExplainOptions = {},
): PathHop[] {
  const today = asOfDay(options.asOf);
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  return relationshipIds.map((relId, i) => {
    const rel = graph.getEdgeAttributes(relId);
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const age = contactAgeDays(rel.lastContact, today);
    return {
      from,
      to,
      relationshipId: relId,
      type: rel.type,
      strength: rel.strength,
      lastContact: rel.lastContact ?? null,
      contactAgeDays: age ?? null,
      recencyFactor: recencyFactor(age, halfLife),
      weight: hopWeight(rel.strength, age, halfLife),
      walked: rel.source === from ? 'forward' : 'backward',
      origin: rel.origin ?? null,
      reached: describeStakeholder(graph, to, i === relationshipIds.length - 1),
    };
  });
}

export function describeStakeholder(
  graph: AnalysisGraph,
  id: string,
  isTarget: boolean,
): ReachedStakeholder {
  const node = graph.getNodeAttributes(id);
  return {
    id,
    name: node.name,
    kind: node.kind,
    stance: node.stance ?? null,
    consent: isPersonKind(node.kind) ? consentStatusOf(node) : null,
    source: node.source ?? null,
    role: isTarget ? 'target' : 'intermediary',
  };
}

export function pathRelationships(
  graph: AnalysisGraph,
  relationshipIds: readonly string[],
): PathRelationship[] {
  return relationshipIds.map((id) => {
    const rel = graph.getEdgeAttributes(id);
    return { type: rel.type, source: rel.source, target: rel.target, strength: rel.strength };
  });
}

/** Product of the explained hop weights. */
export function scoreOf(hops: readonly PathHop[]): number {
  return hops.reduce((score, hop) => score * hop.weight, 1);
}
