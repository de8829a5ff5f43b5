import type { StakeholderNode } from '../../graph-schema/index.ts';
import type { PathsOutput } from '../../shared/domain/analysis.schema.ts';
import type { Scene, SceneRelationship } from '../network/to-elements.ts';

export type ScoredPath = PathsOutput['paths'][number];
export type PathHop = ScoredPath['explanation'][number];

/** The node and edge ids (`rel:<id>`, as on the canvas) to light up. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** A hop as the relationship it walked, in the relationship's own direction. */
export function hopRelationship(hop: PathHop): SceneRelationship {
  const [source, target] = hop.walked === 'forward' ? [hop.from, hop.to] : [hop.to, hop.from];
  return { id: hop.relationshipId, type: hop.type, source, target, strength: hop.strength };
}

/**
 * Every node and relationship on the paths, so the canvas can add what it lacks.
 * Nodes come from the answer's name list, enriched with the stance and consent
 * the explanation carries; the scene fills in full records where it has them.
 */
export function pathScene(result: PathsOutput): Scene {
  const nodes = new Map<string, StakeholderNode>();
  for (const ref of result.stakeholders) {
    nodes.set(ref.id, { id: ref.id, kind: ref.kind, name: ref.name, tags: [] });
  }
  const relationships = new Map<string, SceneRelationship>();
  for (const path of result.paths) {
    for (const hop of path.explanation) {
      relationships.set(hop.relationshipId, hopRelationship(hop));
      const reached = nodes.get(hop.reached.id);
      if (!reached) continue;
      nodes.set(hop.reached.id, {
        ...reached,
        ...(hop.reached.stance ? { stance: hop.reached.stance } : {}),
        ...(hop.reached.consent ? { consent: { status: hop.reached.consent } } : {}),
      });
    }
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

/** The paths to light up: one when the user picked it, otherwise all of them. */
export function highlightOf(paths: readonly ScoredPath[], chosen: number | null): Highlight {
  const lit = chosen === null ? paths : paths.slice(chosen, chosen + 1);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of lit) {
    for (const id of path.nodes) nodes.add(id);
    for (const hop of path.explanation) edges.add(`rel:${hop.relationshipId}`);
  }
  return { nodes, edges };
}

/** Scenes merged by id; a later scene's records win (they are the fuller ones). */
export function mergeScenes(...scenes: readonly Scene[]): Scene {
  const nodes = new Map<string, StakeholderNode>();
  const relationships = new Map<string, SceneRelationship>();
  for (const scene of scenes) {
    for (const node of scene.nodes) nodes.set(node.id, node);
    for (const rel of scene.relationships) relationships.set(rel.id, rel);
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}
