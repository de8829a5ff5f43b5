import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { familyOf, isNodeKind, type NodeKind } from './kinds.ts';
import {
  disallowedFields,
  NodeSchema,
  type NodeInput,
  type StakeholderNode,
} from './node.schema.ts';
import {
  RelationshipInputSchema,
  type Relationship,
  type RelationshipInput,
} from './relationship.schema.ts';
import {
  allowsEndpoint,
  canonicalEndpoints,
  RELATIONSHIP_TYPE_SPECS,
  relationshipId,
  type RelationshipType,
} from './relationship-types.ts';
import { InteractionSchema, type InteractionInput } from './interaction.schema.ts';

/** One problem with one record, phrased for the person who has to fix the data. */
export interface ValidationIssue {
  /** Which record: `node "p-17"`, `relationship KNOWS "a" -> "b"`, or its position. */
  readonly record: string;
  readonly field: string;
  readonly message: string;
  /** Position of the record in the batch, so callers can map back to a file line. */
  readonly index: number;
  readonly collection: 'nodes' | 'relationships' | 'interactions' | 'request';
}

export interface Batch {
  readonly nodes?: readonly unknown[];
  readonly relationships?: readonly unknown[];
}

/** What the store already holds: the kind of an existing node, if any. */
export type KindLookup = (id: string) => NodeKind | undefined;

/**
 * In place of a KindLookup: endpoints that are not nodes of the batch are left
 * to the caller, a store that learns their kinds in the statement writing the
 * relationship and rolls its transaction back on any problem (the Neo4j store's
 * writeBatch). Looking them up first would read every endpoint twice.
 */
export const STORE_CHECKS_ENDPOINTS = Symbol('the store checks endpoints outside the batch');
type EndpointLookup = (id: string) => NodeKind | undefined | typeof STORE_CHECKS_ENDPOINTS;

export interface ValidatedBatch {
  readonly nodes: StakeholderNode[];
  readonly relationships: Relationship[];
  readonly issues: ValidationIssue[];
}

/**
 * The one gate before any store writes. Endpoint kinds are checked against the
 * nodes of the same batch first, then against what the store already holds
 * (or by the store itself, with STORE_CHECKS_ENDPOINTS).
 */
export function validateBatch(
  batch: Batch,
  existingKind: KindLookup | typeof STORE_CHECKS_ENDPOINTS,
): ValidatedBatch {
  const issues: ValidationIssue[] = [];
  const nodes: StakeholderNode[] = [];
  const kindsInBatch = new Map<string, NodeKind>();

  (batch.nodes ?? []).forEach((input, index) => {
    const result = validateNode(input, index);
    issues.push(...result.issues);
    if (result.node) {
      nodes.push(result.node);
      kindsInBatch.set(result.node.id, result.node.kind);
    }
  });

  const stored: EndpointLookup =
    existingKind === STORE_CHECKS_ENDPOINTS ? () => STORE_CHECKS_ENDPOINTS : existingKind;
  const kindOf: EndpointLookup = (id) => kindsInBatch.get(id) ?? stored(id);
  const relationships: Relationship[] = [];
  const inputs = batch.relationships ?? [];
  for (let index = 0; index < inputs.length; index++) {
    const result = validateRelationship(inputs[index], index, kindOf);
    if (result.relationship) relationships.push(result.relationship);
    else issues.push(...result.issues);
  }

  return { nodes, relationships, issues };
}

export function validateNode(
  input: unknown,
  index = 0,
): { node?: StakeholderNode; issues: ValidationIssue[] } {
  const record = describeNode(input, index);
  const parsed = NodeSchema.safeParse(input);
  if (!parsed.success) {
    return { issues: zodIssues(parsed.error, record, index, 'nodes') };
  }
  const node = parsed.data;
  const issues = disallowedFields(node.kind)
    .filter((field) => node[field] !== undefined)
    .map((field) => ({
      record,
      field,
      message: `a ${node.kind} cannot have a ${field}`,
      index,
      collection: 'nodes' as const,
    }));
  return issues.length > 0 ? { issues } : { node, issues };
}

/**
 * Endpoints are checked by lookup instead of the id rules: an endpoint that
 * names a node (stored or in the batch) is a valid id, since every node id
 * passed `IdSchema`, and a store that checks endpoints itself finds no node
 * for an invalid one. Only an endpoint that names nothing is held against the
 * id rules, for the better message. Saves four checks per row on imports of
 * millions of relationships (~15 % of the parse).
 */
const RelationshipWriteSchema = RelationshipInputSchema.extend({
  source: z.string(),
  target: z.string(),
});

export function validateRelationship(
  input: unknown,
  index: number,
  kindOf: EndpointLookup,
): { relationship?: Relationship; issues: ValidationIssue[] } {
  const parsed = RelationshipWriteSchema.safeParse(input);
  if (!parsed.success) {
    // Rare: the full schema names every broken field, endpoints included.
    const full = RelationshipInputSchema.safeParse(input);
    const error = full.success ? parsed.error : full.error;
    return { issues: zodIssues(error, describeRelationship(input, index), index, 'relationships') };
  }
  const rel = parsed.data;
  if (rel.source === rel.target) {
    const message = 'a relationship cannot connect a stakeholder to itself';
    return { issues: [relationshipIssue(input, index, 'target', message)] };
  }
  // Runs for every row of imports of millions: no closure or array per row unless one is wrong.
  const spec = RELATIONSHIP_TYPE_SPECS[rel.type];
  const sourceProblem = endpointProblem(rel.type, 'source', rel.source, kindOf);
  const targetProblem = endpointProblem(rel.type, 'target', rel.target, kindOf);
  if (sourceProblem !== undefined || targetProblem !== undefined) {
    const issues: ValidationIssue[] = [];
    if (sourceProblem) issues.push(relationshipIssue(input, index, 'source', sourceProblem));
    if (targetProblem) issues.push(relationshipIssue(input, index, 'target', targetProblem));
    return { issues };
  }
  [rel.source, rel.target] = canonicalEndpoints(rel.type, rel.source, rel.target);
  rel.strength ??= spec.defaultStrength;
  // zod's output is a fresh object: completed in place rather than copied once more per row.
  const relationship = Object.assign(rel, {
    id: relationshipId(rel.type, rel.source, rel.target),
  }) as Relationship;
  return { relationship, issues: [] };
}

/** What is wrong with one endpoint, if anything (undefined for a fitting or store-checked one). */
function endpointProblem(
  type: RelationshipType,
  end: 'source' | 'target',
  id: string,
  kindOf: EndpointLookup,
): string | undefined {
  const kind = kindOf(id);
  if (kind === STORE_CHECKS_ENDPOINTS) return undefined;
  if (kind === undefined) {
    const check = IdSchema.safeParse(id);
    return (
      (check.success ? undefined : check.error.issues[0]?.message) ??
      `refers to "${id}", which does not exist`
    );
  }
  if (allowsEndpoint(type, end, kind)) return undefined;
  const spec = RELATIONSHIP_TYPE_SPECS[type];
  const allowed = end === 'source' ? spec.sources : spec.targets;
  const verb = end === 'source' ? 'start at' : 'end at';
  return `${type} cannot ${verb} ${describeKind(kind)} ("${id}"); allowed: ${allowed.join(', ')}`;
}

/** Described only when something is wrong: most of a big import is fine. */
function relationshipIssue(
  input: unknown,
  index: number,
  field: string,
  message: string,
): ValidationIssue {
  return {
    record: describeRelationship(input, index),
    field,
    message,
    index,
    collection: 'relationships',
  };
}

export function validateInteraction(
  input: unknown,
  index: number,
  kindOf: KindLookup,
): { interaction?: z.output<typeof InteractionSchema>; issues: ValidationIssue[] } {
  const record = `interaction ${index + 1}`;
  const parsed = InteractionSchema.safeParse(input);
  if (!parsed.success) return { issues: zodIssues(parsed.error, record, index, 'interactions') };
  const missing = parsed.data.participants.filter((id) => kindOf(id) === undefined);
  if (missing.length > 0) {
    return {
      issues: missing.map((id) => ({
        record,
        field: 'participants',
        message: `refers to "${id}", which does not exist`,
        index,
        collection: 'interactions' as const,
      })),
    };
  }
  return { interaction: parsed.data, issues: [] };
}

/** One line per issue, e.g. for the CLI and error envelopes. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.record}, field "${issue.field}": ${issue.message}`;
}

export type { NodeInput, RelationshipInput, InteractionInput, RelationshipType };

function describeKind(kind: NodeKind): string {
  return `${familyOf(kind) === 'person' ? 'a person' : 'an organisation'} of kind ${kind}`;
}

function describeNode(input: unknown, index: number): string {
  const id = field(input, 'id');
  return id ? `node "${id}"` : `node ${index + 1}`;
}

function describeRelationship(input: unknown, index: number): string {
  const [type, source, target] = ['type', 'source', 'target'].map((key) => field(input, key));
  if (type && source && target) return `relationship ${type} "${source}" -> "${target}"`;
  return `relationship ${index + 1}`;
}

function field(input: unknown, key: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

function zodIssues(
  error: z.ZodError,
  record: string,
  index: number,
  collection: ValidationIssue['collection'],
): ValidationIssue[] {
  return error.issues.flatMap((zi) => {
    if (zi.code === 'unrecognized_keys') {
      return zi.keys.map((key) => ({
        record,
        field: key,
        message: 'is not a known field',
        index,
        collection,
      }));
    }
    const fieldName = zi.path.length > 0 ? zi.path.map(String).join('.') : '(record)';
    return [{ record, field: fieldName, message: humanMessage(zi), index, collection }];
  });
}

function humanMessage(zi: z.core.$ZodIssue): string {
  switch (zi.code) {
    case 'invalid_value':
      return `must be one of: ${zi.values.map(String).join(', ')}`;
    case 'invalid_type':
      return zi.input === undefined ? 'is required' : `must be a ${zi.expected}`;
    default:
      return zi.message;
  }
}

export { isNodeKind };
