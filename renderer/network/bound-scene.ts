import type { Scene } from './to-elements.ts';

/** Above this many elements the user is asked before the scene grows further. */
export const SCENE_LIMIT = 3_000;
/** From this many elements on, Cytoscape draws with WebGL. */
export const WEBGL_FROM = 2_000;

export interface BoundedScene {
  readonly scene: Scene;
  /** Nodes left out to stay within the limit. */
  readonly leftOut: number;
  /** Elements (nodes + relationships between them) the full scene would have. */
  readonly wanted: number;
}

export function elementCount(scene: Scene): number {
  const ids = new Set(scene.nodes.map((node) => node.id));
  const edges = scene.relationships.filter((rel) => ids.has(rel.source) && ids.has(rel.target));
  return ids.size + edges.length;
}

/**
 * At most `limit` elements: the nodes in `keep` first, then the others in scene
 * order (nearest first, as the scene is built outwards), each with its edges to
 * nodes already taken.
 */
export function boundScene(scene: Scene, limit: number, keep: ReadonlySet<string>): BoundedScene {
  const wanted = elementCount(scene);
  if (wanted <= limit) return { scene, leftOut: 0, wanted };
  const ordered = [
    ...scene.nodes.filter((node) => keep.has(node.id)),
    ...scene.nodes.filter((node) => !keep.has(node.id)),
  ];
  const edgesOf = new Map<string, string[]>();
  for (const rel of scene.relationships) {
    edgesOf.set(rel.source, [...(edgesOf.get(rel.source) ?? []), rel.target]);
    edgesOf.set(rel.target, [...(edgesOf.get(rel.target) ?? []), rel.source]);
  }
  const taken = new Set<string>();
  let count = 0;
  for (const node of ordered) {
    const links = (edgesOf.get(node.id) ?? []).filter((other) => taken.has(other)).length;
    if (count + 1 + links > limit && !keep.has(node.id)) break;
    taken.add(node.id);
    count += 1 + links;
  }
  return {
    scene: {
      nodes: ordered.filter((node) => taken.has(node.id)),
      relationships: scene.relationships,
    },
    leftOut: scene.nodes.length - taken.size,
    wanted,
  };
}
