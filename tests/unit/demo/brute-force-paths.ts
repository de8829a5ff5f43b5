import {
  RELATIONSHIP_TYPE_SPECS,
  type InteractionInput,
  type NodeInput,
  type RelationshipInput,
} from '../../../graph-schema/index.ts';

/**
 * A deliberately naive reference for DESIGN.md's path semantics: every loopless
 * walk of at most `maxHops`, each hop in a direction its type allows, scored by
 * the product of strength × 0.5^(age / half-life). Small graphs only.
 */
export interface ScoredPath {
  readonly nodes: readonly string[];
  readonly score: number;
}

interface Hop {
  readonly to: string;
  readonly weight: number;
}

const DAY_MS = 86_400_000;

export function allPathsTo(
  network: {
    nodes: readonly NodeInput[];
    relationships: readonly RelationshipInput[];
  },
  from: readonly string[],
  to: string,
  options: { asOf: string; maxHops: number; halfLifeDays?: number },
): ScoredPath[] {
  const denied = new Set(
    network.nodes.filter((n) => n.consent?.status === 'denied').map((n) => n.id),
  );
  const adjacency = buildAdjacency(
    network.relationships,
    options.asOf,
    options.halfLifeDays ?? 365,
  );
  const found: ScoredPath[] = [];
  const walk = (path: string[], score: number): void => {
    const here = path.at(-1) ?? '';
    if (here === to) {
      found.push({ nodes: [...path], score });
      return;
    }
    if (path.length > options.maxHops) return;
    if (path.length > 1 && denied.has(here)) return;
    for (const hop of adjacency.get(here) ?? []) {
      if (path.includes(hop.to)) continue;
      path.push(hop.to);
      walk(path, score * hop.weight);
      path.pop();
    }
  };
  for (const start of from) walk([start], 1);
  return found.sort((a, b) => b.score - a.score || a.nodes.length - b.nodes.length);
}

/** The closed loop: each interaction moves lastContact of the ties among its participants. */
export function afterInteractions(
  relationships: readonly RelationshipInput[],
  interactions: readonly InteractionInput[],
): RelationshipInput[] {
  return relationships.map((rel) => {
    let lastContact = rel.lastContact;
    for (const interaction of interactions) {
      const both =
        interaction.participants.includes(rel.source) &&
        interaction.participants.includes(rel.target);
      if (both && (lastContact === undefined || lastContact < interaction.date)) {
        lastContact = interaction.date;
      }
    }
    return lastContact === undefined ? rel : { ...rel, lastContact };
  });
}

function buildAdjacency(
  relationships: readonly RelationshipInput[],
  asOf: string,
  halfLifeDays: number,
): Map<string, Hop[]> {
  const adjacency = new Map<string, Hop[]>();
  const add = (from: string, hop: Hop) =>
    adjacency.set(from, [...(adjacency.get(from) ?? []), hop]);
  for (const rel of relationships) {
    const spec = RELATIONSHIP_TYPE_SPECS[rel.type];
    const strength = rel.strength ?? spec.defaultStrength;
    const ageDays = rel.lastContact
      ? (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${rel.lastContact}T00:00:00Z`)) / DAY_MS
      : 0;
    const weight = strength * 0.5 ** (ageDays / halfLifeDays);
    add(rel.source, { to: rel.target, weight });
    if (spec.flow === 'both') add(rel.target, { to: rel.source, weight });
  }
  return adjacency;
}
