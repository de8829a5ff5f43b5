import { consentStatusOf, isPersonKind } from '../../graph-schema/index.ts';
import type { AnalysisNetwork } from './analysis-network.ts';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
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
  source: AnalysisSource,
  nodes: readonly string[],
  relationshipIds: readonly string[],
  options: ExplainOptions = {},
): PathHop[] {
  const network = networkOf(source);
  const rels = relationshipIds.map((id) => {
    const r = network.relationshipIndex(id);
    if (r === undefined) throw new Error(`Relationship "${id}" is not in the network.`);
    return r;
  });
  return explainHops(network, nodes, rels, options);
}

/** `explainPath` over relationship positions: only the path's records are read. */
export function explainHops(
  network: AnalysisNetwork,
  nodes: readonly string[],
  rels: readonly number[],
  options: ExplainOptions = {},
): PathHop[] {
  const today = asOfDay(options.asOf);
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  return rels.map((r, i) => {
    const rel = network.relationshipAt(r);
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const age = contactAgeDays(rel.lastContact, today);
    return {
      from,
      to,
      relationshipId: rel.id,
      type: rel.type,
      strength: rel.strength,
      lastContact: rel.lastContact ?? null,
      contactAgeDays: age ?? null,
      recencyFactor: recencyFactor(age, halfLife),
      weight: hopWeight(rel.strength, age, halfLife),
      walked: rel.source === from ? 'forward' : 'backward',
      origin: rel.origin ?? null,
      reached: describeStakeholder(network, to, i === rels.length - 1),
    };
  });
}

export function describeStakeholder(
  source: AnalysisSource,
  id: string,
  isTarget: boolean,
): ReachedStakeholder {
  const node = networkOf(source).node(id);
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
  network: AnalysisNetwork,
  rels: readonly number[],
): PathRelationship[] {
  return rels.map((r) => {
    const rel = network.relationshipAt(r);
    return { type: rel.type, source: rel.source, target: rel.target, strength: rel.strength };
  });
}

/** Product of the explained hop weights. */
export function scoreOf(hops: readonly PathHop[]): number {
  return hops.reduce((score, hop) => score * hop.weight, 1);
}
