import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';

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

/** An extra property as declared once the pass over the records is done. */
export interface PropertyDeclaration {
  readonly name: string;
  readonly type: AttributeType;
}

type Properties = Readonly<Record<string, AttributeValue>> | undefined;

/**
 * Learns the extra `properties` while the records are written, so an export
 * reads the store once: a new name gets the next attribute index after the
 * model's; its type is settled at the end (only numbers -> double, only
 * booleans -> boolean, anything mixed -> string). Values are written as text
 * whatever the type, so a late change of type changes nothing already written.
 * Memory grows with the number of distinct property names, not with the network.
 */
export class PropertyCollector {
  readonly #first: number;
  readonly #index = new Map<string, number>();
  readonly #declared: { name: string; type: AttributeType }[] = [];

  constructor(first: number) {
    this.#first = first;
  }

  /** `[attribute index, value as text]` for each extra property of one record. */
  valuesOf(properties: Properties): [number, string][] {
    const values: [number, string][] = [];
    if (!properties) return values;
    for (const key of Object.keys(properties)) {
      const value = properties[key];
      if (value === undefined) continue;
      const type = typeOf(value);
      let at = this.#index.get(key);
      if (at === undefined) {
        at = this.#declared.length;
        this.#index.set(key, at);
        this.#declared.push({ name: `prop.${key}`, type });
      } else if (this.#declared[at]!.type !== type) {
        this.#declared[at]!.type = 'string';
      }
      values.push([this.#first + at, String(value)]);
    }
    return values;
  }

  /** In index order, starting at the `first` index given to the constructor. */
  get declarations(): readonly PropertyDeclaration[] {
    return this.#declared;
  }
}

function typeOf(value: AttributeValue): AttributeType {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}
