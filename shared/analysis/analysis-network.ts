import {
  RELATIONSHIP_TYPE_SPECS,
  RELATIONSHIP_TYPES,
  type Relationship,
  type RelationshipType,
  type StakeholderNode,
} from '../../graph-schema/index.ts';
import { NotFoundError } from '../errors.ts';
import type { NetworkColumns } from '../store/graph-store.ts';
import { dayNumber } from './hop-weight.ts';
import { buildPathIndex, type PathIndex } from './path-index.ts';

const TYPE_CODE = new Map(RELATIONSHIP_TYPES.map((type, code) => [type, code]));
const BOTH_WAYS = Uint8Array.from(RELATIONSHIP_TYPES, (t) =>
  RELATIONSHIP_TYPE_SPECS[t].flow === 'both' ? 1 : 0,
);

/**
 * The network as the analytics read it: node records by position, the arcs as
 * typed arrays (the path index, built once), and full relationship records only
 * when an explanation asks for one. Loading a million relationships this way
 * takes a fraction of building a graphology graph with a record per edge;
 * graphology is used where an algorithm needs it, on a projection (metrics).
 */
export class AnalysisNetwork {
  readonly index: PathIndex;
  readonly #nodes: readonly StakeholderNode[];
  readonly #relType: Uint8Array;
  readonly #record: (r: number) => Relationship | undefined;
  #relIndexOf: Map<string, number> | undefined;

  constructor(
    nodes: readonly StakeholderNode[],
    index: PathIndex,
    relType: Uint8Array,
    record: (r: number) => Relationship | undefined,
  ) {
    this.#nodes = nodes;
    this.index = index;
    this.#relType = relType;
    this.#record = record;
  }

  /** Number of stakeholders. */
  get order(): number {
    return this.#nodes.length;
  }
  /** Number of relationships. */
  get size(): number {
    return this.index.relIds.length;
  }
  get nodes(): readonly StakeholderNode[] {
    return this.#nodes;
  }
  hasNode(id: string): boolean {
    return this.index.indexOf.has(id);
  }
  node(id: string): StakeholderNode {
    const at = this.index.indexOf.get(id);
    if (at === undefined) throw new NotFoundError(`Stakeholder "${id}"`);
    return this.#nodes[at]!;
  }
  nodeAt(i: number): StakeholderNode {
    return this.#nodes[i]!;
  }
  relTypeAt(r: number): RelationshipType {
    return RELATIONSHIP_TYPES[this.#relType[r]!]!;
  }
  /**
   * Relationship `r` as loaded: endpoints, type, strength and last contact from
   * the index (what the scores were computed on, even if the store has changed
   * since), the other fields (origin, since, notes…) from its record.
   */
  relationshipAt(r: number): Relationship {
    const { lastContact: recorded, ...record } = this.#record(r) ?? {};
    const { relIds, ids, relSource, relTarget, relStrength, relContactDay } = this.index;
    const day = relContactDay[r]!;
    const contact = Number.isNaN(day)
      ? {}
      : {
          lastContact:
            recorded !== undefined && dayNumber(recorded) === day ? recorded : isoDay(day),
        };
    return {
      ...record,
      id: relIds[r]!,
      type: this.relTypeAt(r),
      source: ids[relSource[r]!]!,
      target: ids[relTarget[r]!]!,
      strength: relStrength[r]!,
      ...contact,
    };
  }
  /** Position of a relationship id (a lookup table built on first use). */
  relationshipIndex(id: string): number | undefined {
    this.#relIndexOf ??= new Map(this.index.relIds.map((relId, r) => [relId, r]));
    return this.#relIndexOf.get(id);
  }
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Builds the network from columns (a store's lean read, or `networkFromRecords`).
 * The columns are the index's own arrays from here on.
 */
export function buildAnalysisNetwork(columns: NetworkColumns): AnalysisNetwork {
  const { nodes, relationships: rels } = columns;
  const indexOf = new Map<string, number>();
  nodes.forEach((node, i) => indexOf.set(node.id, i));
  if (indexOf.size !== nodes.length) throw new Error('The network lists a stakeholder twice.');
  const m = rels.id.length;
  const both = new Uint8Array(m);
  for (let r = 0; r < m; r++) {
    const code = rels.typeCode[r]!;
    if (code >= BOTH_WAYS.length)
      throw new Error(`Relationship "${rels.id[r]}" has no known type.`);
    both[r] = BOTH_WAYS[code]!;
  }
  const index = buildPathIndex(nodes, indexOf, { ...rels, ids: rels.id, both });
  // Keep the record reader, not the columns object around it.
  const { record } = rels;
  return new AnalysisNetwork(nodes, index, rels.typeCode, record);
}

/**
 * The network of full records (streamed from a store, or a subgraph): a node
 * listed twice keeps its last record, a relationship listed twice counts once.
 * A relationship whose endpoint is missing is a broken store, not a rumour to
 * analyse around: it throws, naming the relationship.
 */
export function networkFromRecords(
  nodes: readonly StakeholderNode[],
  relationships: readonly Relationship[],
): AnalysisNetwork {
  const byId = new Map<string, StakeholderNode>();
  for (const node of nodes) byId.set(node.id, node);
  const positions = new Map([...byId.keys()].map((id, i) => [id, i]));
  const seen = new Set<string>();
  const rels = relationships.filter((rel) => !seen.has(rel.id) && seen.add(rel.id));
  const at = (rel: Relationship, end: string): number => {
    const position = positions.get(end);
    if (position === undefined) {
      throw new Error(`Relationship "${rel.id}" (${rel.type}) refers to unknown node "${end}".`);
    }
    return position;
  };
  return buildAnalysisNetwork({
    nodes: [...byId.values()],
    relationships: {
      id: rels.map((rel) => rel.id),
      typeCode: Uint8Array.from(rels, (rel) => TYPE_CODE.get(rel.type) ?? 255),
      source: Int32Array.from(rels, (rel) => at(rel, rel.source)),
      target: Int32Array.from(rels, (rel) => at(rel, rel.target)),
      strength: Float64Array.from(rels, (rel) => rel.strength),
      contactDay: Float64Array.from(rels, (rel) =>
        rel.lastContact === undefined ? Number.NaN : dayNumber(rel.lastContact),
      ),
      record: (i) => rels[i],
    },
  });
}
