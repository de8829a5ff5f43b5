import {
  canonicalEndpoints,
  isNodeKind,
  isRelationshipType,
  NODE_KINDS,
  RELATIONSHIP_TYPE_SPECS,
  relationshipId,
  type NodeKind,
  type Relationship,
  type StakeholderNode,
} from '../../../../graph-schema/index.ts';
import {
  asBoolean,
  asIsoDate,
  asNumber,
  asString,
  asStringList,
  parseJsonObject,
  plainProps,
} from './neo4j-values.ts';

/**
 * How the model maps onto Neo4j properties (see README.md in this folder).
 * Every model field is written on every upsert, absent ones as null, so a field
 * removed from a record disappears from the node, while properties a Cypher user
 * added for their own purposes stay untouched.
 */
const NODE_TEXT_FIELDS = [
  'name',
  'notes',
  'source',
  'city',
  'country',
  'tier',
  'title',
  'email',
  'phone',
  'stance',
  'decisionRole',
  'influencerType',
  'importedAt',
] as const;
const NODE_NUMBER_FIELDS = ['customerValue', 'potential'] as const;

/** A node as the parameter map of a write; `consentDate` becomes `date()` in Cypher. */
export function nodeToProps(node: StakeholderNode): Record<string, unknown> {
  const props: Record<string, unknown> = { id: node.id, tags: node.tags };
  for (const field of NODE_TEXT_FIELDS) props[field] = node[field] ?? null;
  for (const field of NODE_NUMBER_FIELDS) props[field] = node[field] ?? null;
  props.keyAccount = node.keyAccount ?? null;
  props.consentStatus = node.consent?.status ?? null;
  props.consentDate = node.consent?.date ?? null;
  props.consentChannels = node.consent?.channels ? JSON.stringify(node.consent.channels) : null;
  props.propertiesJson = node.properties ? JSON.stringify(node.properties) : null;
  return props;
}

/** The kind of a node: its one label out of the allowlist. */
export function kindFromLabels(labels: readonly unknown[]): NodeKind | undefined {
  return labels.find((label): label is NodeKind => isNodeKind(label));
}

/** Reads a node tolerantly: a graph loaded by plain Cypher may lack timestamps or tags. */
export function nodeFromProps(
  rawProps: unknown,
  labels: readonly unknown[],
): StakeholderNode | undefined {
  const props = plainProps(rawProps);
  const kind = kindFromLabels(labels);
  const id = asString(props.id);
  if (!kind || !id) return undefined;
  const node: Record<string, unknown> = {
    id,
    kind,
    name: asString(props.name) ?? id,
    tags: asStringList(props.tags),
  };
  for (const field of NODE_TEXT_FIELDS) {
    if (field !== 'name' && asString(props[field]) !== undefined)
      node[field] = asString(props[field]);
  }
  for (const field of NODE_NUMBER_FIELDS) {
    if (asNumber(props[field]) !== undefined) node[field] = asNumber(props[field]);
  }
  if (asBoolean(props.keyAccount) !== undefined) node.keyAccount = asBoolean(props.keyAccount);
  const consent = consentFrom(props);
  if (consent) node.consent = consent;
  const extra = parseJsonObject(props.propertiesJson);
  if (extra) node.properties = extra;
  for (const field of ['createdAt', 'updatedAt'] as const) {
    if (asString(props[field]) !== undefined) node[field] = asString(props[field]);
  }
  return node as StakeholderNode;
}

function consentFrom(props: Record<string, unknown>): StakeholderNode['consent'] {
  const status = asString(props.consentStatus);
  if (status !== 'granted' && status !== 'denied' && status !== 'unknown') return undefined;
  const consent: Record<string, unknown> = { status };
  const date = asIsoDate(props.consentDate);
  if (date) consent.date = date;
  const channels = parseJsonObject(props.consentChannels);
  if (channels) consent.channels = channels;
  return consent as StakeholderNode['consent'];
}

const RELATIONSHIP_TEXT_FIELDS = ['origin', 'notes', 'importedAt'] as const;

/** A relationship as the parameter map of a write; dates become `date()` in Cypher. */
export function relationshipToProps(rel: Relationship): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: rel.id,
    strength: rel.strength,
    sentiment: rel.sentiment ?? null,
    since: rel.since ?? null,
    propertiesJson: rel.properties ? JSON.stringify(rel.properties) : null,
  };
  for (const field of RELATIONSHIP_TEXT_FIELDS) props[field] = rel[field] ?? null;
  return props;
}

/** Reads a relationship; its identity comes from type and endpoints when no id was stored. */
export function relationshipFromRecord(
  type: unknown,
  start: unknown,
  end: unknown,
  rawProps: unknown,
): Relationship | undefined {
  const source = asString(start);
  const target = asString(end);
  if (!isRelationshipType(type) || !source || !target) return undefined;
  const props = plainProps(rawProps);
  const [a, b] = canonicalEndpoints(type, source, target);
  const strength = asNumber(props.strength);
  const rel: Record<string, unknown> = {
    type,
    source: a,
    target: b,
    strength:
      strength !== undefined && strength > 0 && strength <= 1
        ? strength
        : RELATIONSHIP_TYPE_SPECS[type].defaultStrength,
  };
  const sentiment = asNumber(props.sentiment);
  if (sentiment !== undefined) rel.sentiment = sentiment;
  for (const field of ['since', 'lastContact'] as const) {
    if (asIsoDate(props[field])) rel[field] = asIsoDate(props[field]);
  }
  for (const field of RELATIONSHIP_TEXT_FIELDS) {
    if (asString(props[field]) !== undefined) rel[field] = asString(props[field]);
  }
  const extra = parseJsonObject(props.propertiesJson);
  if (extra) rel.properties = extra;
  rel.id = asString(props.id) ?? relationshipId(type, source, target);
  return rel as Relationship;
}

/** All kinds, for Cypher that picks the kind label out of labels(n). */
export const ALL_KINDS: readonly string[] = NODE_KINDS;
