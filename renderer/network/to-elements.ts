import type { ElementDefinition } from 'cytoscape';
import {
  RELATIONSHIP_TYPE_SPECS,
  consentStatusOf,
  familyOf,
  type Language,
  type StakeholderNode,
} from '../../graph-schema/index.ts';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { relationshipLabel } from '../i18n/labels.ts';
import { LINE_STYLES } from './edge-style.ts';
import { KIND_STYLES } from './kind-style.ts';
import { nodeBox, STANCE_COLOURS } from './network-style.ts';

export type Neighbourhood = ChannelOutput<'graph:expand-node'>;
export type SceneRelationship = Neighbourhood['relationships'][number];

/** What the canvas shows: nodes and the relationships between them. */
export interface Scene {
  readonly nodes: readonly StakeholderNode[];
  readonly relationships: readonly SceneRelationship[];
}

/** Relationship types whose direction means something even where influence flows both ways. */
const SEMANTIC_DIRECTION = new Set(['WORKS_FOR', 'SUPPLIES', 'MANAGES']);

export function nodeData(node: StakeholderNode, focusId: string | null) {
  const family = familyOf(node.kind);
  const denied = family === 'person' && consentStatusOf(node) === 'denied';
  // The badges live in the label so they survive every renderer (canvas and WebGL).
  const badges = `${node.keyAccount === true ? '★ ' : ''}${denied ? '⊘ ' : ''}`;
  const keyAccount = node.keyAccount === true ? 1 : 0;
  const tier = node.tier ?? '';
  return {
    id: node.id,
    label: `${badges}${node.name}`,
    name: node.name,
    kind: node.kind,
    family,
    focus: node.id === focusId ? 1 : 0,
    keyAccount,
    tier,
    stance: node.stance ?? '',
    // Organisations carry no consent; only a person's explicit refusal is marked.
    consent: family === 'person' ? consentStatusOf(node) : '',
    // What the stylesheet draws, worked out once here and read with data(...): every
    // selector is matched against every element, which on a large scene was a good
    // part of the time to the first picture.
    shape: KIND_STYLES[node.kind].shape,
    colour: KIND_STYLES[node.kind].color,
    ...nodeBox({ family, tier, keyAccount }),
    ring: node.stance ? STANCE_COLOURS[node.stance] : '',
  };
}

function edgeData(rel: SceneRelationship, language: Language) {
  const forward = RELATIONSHIP_TYPE_SPECS[rel.type].flow === 'forward';
  return {
    id: `rel:${rel.id}`,
    source: rel.source,
    target: rel.target,
    type: rel.type,
    label: relationshipLabel(rel.type, language),
    strength: rel.strength,
    lineStyle: LINE_STYLES[rel.type],
    directed: forward ? 1 : 0,
    semantic: !forward && SEMANTIC_DIRECTION.has(rel.type) ? 1 : 0,
  };
}

/**
 * A scene as Cytoscape elements. The data fields are what the stylesheet keys on
 * (kind, family, focus, tier, stance, consent, type, directed), so styling stays
 * declarative. Relationships to nodes outside the scene are left out.
 */
export function sceneElements(
  scene: Scene,
  focusId: string | null,
  language: Language,
): ElementDefinition[] {
  const ids = new Set(scene.nodes.map((node) => node.id));
  const nodes = scene.nodes.map((node) => ({
    group: 'nodes' as const,
    data: nodeData(node, focusId),
  }));
  const edges = scene.relationships
    .filter((rel) => ids.has(rel.source) && ids.has(rel.target))
    .map((rel) => ({ group: 'edges' as const, data: edgeData(rel, language) }));
  return [...nodes, ...edges];
}

/** A neighbourhood from the backend as a scene, the focus first and no node twice. */
export function neighbourhoodScene(hood: Neighbourhood): Scene {
  const nodes = new Map<string, StakeholderNode>([[hood.node.id, hood.node]]);
  for (const neighbour of hood.neighbours) nodes.set(neighbour.id, neighbour);
  return { nodes: [...nodes.values()], relationships: hood.relationships };
}

export function toElements(hood: Neighbourhood, language: Language): ElementDefinition[] {
  return sceneElements(neighbourhoodScene(hood), hood.node.id, language);
}
