import type {
  NodeKind,
  RelationshipType,
  Stance,
  StakeholderNode,
  Tier,
} from '../../graph-schema/index.ts';
import type { Scene } from '../network/to-elements.ts';

/** What the user chose to hide. Empty sets and 0 mean "show everything". */
export interface Filters {
  readonly hiddenKinds: ReadonlySet<NodeKind>;
  readonly hiddenTypes: ReadonlySet<RelationshipType>;
  /** Relationships weaker than this are hidden (0..1). */
  readonly minStrength: number;
  /** Customers of these tiers are hidden; other kinds have no tier. */
  readonly hiddenTiers: ReadonlySet<Tier>;
  /** People with these stances are hidden; people without a stance stay. */
  readonly hiddenStances: ReadonlySet<Stance>;
}

export const NO_FILTERS: Filters = {
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  minStrength: 0,
  hiddenTiers: new Set(),
  hiddenStances: new Set(),
};

export interface FilteredScene {
  readonly scene: Scene;
  readonly hiddenNodes: number;
  readonly hiddenRelationships: number;
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenKinds.size > 0 ||
    filters.hiddenTypes.size > 0 ||
    filters.minStrength > 0 ||
    filters.hiddenTiers.size > 0 ||
    filters.hiddenStances.size > 0
  );
}

function nodeHidden(node: StakeholderNode, filters: Filters): boolean {
  if (filters.hiddenKinds.has(node.kind)) return true;
  if (node.tier !== undefined && filters.hiddenTiers.has(node.tier)) return true;
  return node.stance !== undefined && filters.hiddenStances.has(node.stance);
}

/**
 * The part of a scene the filters let through. Nodes in `keep` (the focus, the
 * lit paths) always stay, so a filter never hides what the user is looking at;
 * a relationship goes when either end goes.
 */
export function applyFilters(
  scene: Scene,
  filters: Filters,
  keep: ReadonlySet<string> = new Set(),
): FilteredScene {
  const nodes = scene.nodes.filter((node) => keep.has(node.id) || !nodeHidden(node, filters));
  const shown = new Set(nodes.map((node) => node.id));
  const relationships = scene.relationships.filter(
    (rel) =>
      shown.has(rel.source) &&
      shown.has(rel.target) &&
      ((keep.has(rel.source) && keep.has(rel.target) && keep.has(`rel:${rel.id}`)) ||
        (!filters.hiddenTypes.has(rel.type) && rel.strength >= filters.minStrength)),
  );
  const inScene = new Set(scene.nodes.map((node) => node.id));
  const relevant = scene.relationships.filter(
    (rel) => inScene.has(rel.source) && inScene.has(rel.target),
  );
  return {
    scene: { nodes, relationships },
    hiddenNodes: scene.nodes.length - nodes.length,
    hiddenRelationships: relevant.length - relationships.length,
  };
}

/** A copy of `set` with `value` switched in or out. */
export function toggled<T>(set: ReadonlySet<T>, value: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}
