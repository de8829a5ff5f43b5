import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { GraphReader } from '../../../shared/store/graph-store.ts';

/**
 * The typed attributes GraphML and GEXF declare up front, taken from the model
 * (graph-schema): every field a stakeholder or relationship can carry, then the
 * extra `properties` an import kept, typed by what the store actually holds.
 */
export type AttributeType = 'string' | 'double' | 'boolean';
export type AttributeValue = string | number | boolean;

export interface AttributeSpec<T> {
  /** The name tools show: the model's field name, `prop.NAME` for extra properties. */
  readonly name: string;
  readonly type: AttributeType;
  readonly value: (record: T) => AttributeValue | undefined;
}

const text = <T>(name: string, value: (record: T) => string | undefined): AttributeSpec<T> => ({
  name,
  type: 'string',
  value,
});

/** Lists are joined with `|`, as in the canonical CSV. */
const joined = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.join('|') : undefined;

export const NODE_ATTRIBUTES: readonly AttributeSpec<StakeholderNode>[] = [
  text('kind', (n) => n.kind),
  text('name', (n) => n.name),
  text('title', (n) => n.title),
  text('email', (n) => n.email),
  text('phone', (n) => n.phone),
  text('city', (n) => n.city),
  text('country', (n) => n.country),
  text('tier', (n) => n.tier),
  { name: 'keyAccount', type: 'boolean', value: (n) => n.keyAccount },
  { name: 'customerValue', type: 'double', value: (n) => n.customerValue },
  { name: 'potential', type: 'double', value: (n) => n.potential },
  text('stance', (n) => n.stance),
  text('decisionRole', (n) => n.decisionRole),
  text('influencerType', (n) => n.influencerType),
  text('consentStatus', (n) => n.consent?.status),
  text('consentDate', (n) => n.consent?.date),
  text('consentChannels', (n) =>
    joined(
      n.consent?.channels &&
        Object.entries(n.consent.channels).map(([channel, status]) => `${channel}:${status}`),
    ),
  ),
  text('tags', (n) => joined(n.tags)),
  text('notes', (n) => n.notes),
  text('source', (n) => n.source),
  text('createdAt', (n) => n.createdAt),
  text('updatedAt', (n) => n.updatedAt),
];

export const RELATIONSHIP_ATTRIBUTES: readonly AttributeSpec<Relationship>[] = [
  text('type', (r) => r.type),
  { name: 'strength', type: 'double', value: (r) => r.strength },
  { name: 'sentiment', type: 'double', value: (r) => r.sentiment },
  text('since', (r) => r.since),
  text('lastContact', (r) => r.lastContact),
  text('origin', (r) => r.origin),
  text('notes', (r) => r.notes),
];

export interface ExportAttributes {
  readonly node: readonly AttributeSpec<StakeholderNode>[];
  readonly relationship: readonly AttributeSpec<Relationship>[];
}

type WithProperties = { readonly properties?: Readonly<Record<string, AttributeValue>> };

/**
 * One pass over the store to learn which extra properties exist and their type:
 * only numbers -> double, only booleans -> boolean, anything mixed -> string.
 * Memory grows with the number of distinct property names, not with the network.
 */
export async function exportAttributes(
  store: GraphReader,
  batchSize: number,
): Promise<ExportAttributes> {
  return {
    node: [...NODE_ATTRIBUTES, ...(await propertySpecs(store.streamNodes(batchSize)))],
    relationship: [
      ...RELATIONSHIP_ATTRIBUTES,
      ...(await propertySpecs(store.streamRelationships(batchSize))),
    ],
  };
}

async function propertySpecs<T extends WithProperties>(
  pages: AsyncIterable<readonly T[]>,
): Promise<AttributeSpec<T>[]> {
  const types = new Map<string, AttributeType>();
  for await (const page of pages) {
    for (const record of page) {
      for (const [key, value] of Object.entries(record.properties ?? {})) {
        const type = typeOf(value);
        const seen = types.get(key);
        types.set(key, seen === undefined || seen === type ? type : 'string');
      }
    }
  }
  return [...types.keys()].sort().map((key) => {
    const type = types.get(key)!;
    return {
      name: `prop.${key}`,
      type,
      value: (record: T) => {
        const value = record.properties?.[key];
        return type === 'string' && value !== undefined ? String(value) : value;
      },
    };
  });
}

function typeOf(value: AttributeValue): AttributeType {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}
