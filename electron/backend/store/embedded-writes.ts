import {
  allowsEndpoint,
  STORE_CHECKS_ENDPOINTS,
  validateBatch,
  type Interaction,
  type KindLookup,
  type NodeInput,
  type Relationship,
  type RelationshipInput,
  type ValidatedBatch,
  type ValidationIssue,
} from '../../../graph-schema/index.ts';
import { ValidationError } from '../../../shared/errors.ts';
import type { BatchSummary, GraphBatch } from '../../../shared/store/graph-store.ts';
import { insertInteraction, validInteraction } from './embedded-interactions.ts';
import { kindChangeIssues, writeNodes } from './node-rows.ts';
import { writeRelationships } from './relationship-rows.ts';
import { employeesOf, indexNode, reindexEmployers } from './search-index.ts';
import type { SqlSession, StoredNode } from './sql-session.ts';

/**
 * The one write path for nodes and relationships, run inside the caller's
 * transaction: validate everything first (against the batch and what is
 * stored), throw on any issue before a single row is written, then write and
 * keep the search rows in step.
 */
export function writeBatch(
  session: SqlSession,
  batch: GraphBatch,
  now: string,
  options: { keepTimestamps?: boolean } = {},
): BatchSummary {
  // The record rules first; endpoints outside the batch are then looked up
  // once each, for their kinds here and their keys when writing.
  let valid = validateBatch(batch, STORE_CHECKS_ENDPOINTS);
  let endpoints =
    valid.issues.length === 0 ? storedEndpoints(session, valid.relationships) : undefined;
  if (endpoints === undefined || !endpointsFit(valid, endpoints)) {
    // Something is wrong: validated again with every endpoint looked up, for the full list.
    valid = validateBatch(batch, session.kindLookup(endpointIds(batch.relationships ?? [])));
    endpoints = undefined;
  }
  const storedKind: KindLookup = session.kindLookup();
  const issues = [...valid.issues, ...kindChangeIssues(session, valid.nodes, storedKind)];
  if (issues.length > 0) throw new ValidationError(issues);
  if (endpoints === undefined) throw new Error('relationship endpoints vanished while validating');

  const nodes = writeNodes(session, valid.nodes, now, options);
  for (const { rowid, node } of nodes.written) indexNode(session, rowid, node);
  // Written nodes have their keys only now (and writing them dropped the cached ones).
  if (nodes.written.length > 0) endpoints = storedEndpoints(session, valid.relationships);
  const relationships = writeRelationships(session, valid.relationships, now, keysOf(endpoints));
  const stale = [
    ...employeesOf(session, nodes.renamedOrganisations),
    ...relationships.newEmployees,
  ];
  reindexEmployers(session, stale);
  return { nodes: nodes.summary, relationships: relationships.summary };
}

/** Source then target of each relationship, as stored (undefined: not stored). */
function storedEndpoints(
  session: SqlSession,
  relationships: readonly Relationship[],
): (StoredNode | undefined)[] {
  const ids = new Array<string>(relationships.length * 2);
  relationships.forEach((rel, i) => {
    ids[2 * i] = rel.source;
    ids[2 * i + 1] = rel.target;
  });
  return session.resolveNodes(ids);
}

/**
 * Whether every endpoint the validation left to the store exists with a kind
 * its type allows. Endpoints that are nodes of the batch were checked against
 * the batch already.
 */
function endpointsFit(valid: ValidatedBatch, endpoints: readonly (StoredNode | undefined)[]) {
  const inBatch = new Set(valid.nodes.map((node) => node.id));
  return valid.relationships.every((rel, i) => {
    const source = inBatch.has(rel.source) ? 'checked' : endpoints[2 * i]?.kind;
    const target = inBatch.has(rel.target) ? 'checked' : endpoints[2 * i + 1]?.kind;
    if (source === undefined || target === undefined) return false;
    return (
      (source === 'checked' || allowsEndpoint(rel.type, 'source', source)) &&
      (target === 'checked' || allowsEndpoint(rel.type, 'target', target))
    );
  });
}

function keysOf(endpoints: readonly (StoredNode | undefined)[]): Float64Array {
  const keys = new Float64Array(endpoints.length);
  endpoints.forEach((node, i) => {
    if (node === undefined) throw new Error('relationship endpoint vanished while writing');
    keys[i] = node.key;
  });
  return keys;
}

/** The endpoint ids of not yet validated relationships, for one bulk kind lookup. */
function* endpointIds(relationships: readonly unknown[]): Generator<string> {
  for (const rel of relationships) {
    if (typeof rel !== 'object' || rel === null) continue;
    const { source, target } = rel as { source?: unknown; target?: unknown };
    if (typeof source === 'string') yield source;
    if (typeof target === 'string') yield target;
  }
}

export interface DocumentRecords {
  readonly nodes: readonly NodeInput[];
  readonly relationships: readonly RelationshipInput[];
  /** Checked here like the rest: the document comes from a file. */
  readonly interactions: readonly unknown[];
}

export interface DocumentImportSummary extends BatchSummary {
  readonly interactions: number;
}

/**
 * Writes an export document back as it was: node timestamps and interactions
 * are kept, and interactions do not move lastContact again (the document's
 * relationships already carry it). All or nothing.
 */
export function writeDocument(
  session: SqlSession,
  records: DocumentRecords,
  now: string,
): DocumentImportSummary {
  const kindInDocument = new Map<string, string>();
  for (const node of records.nodes) {
    const { id, kind } = (node ?? {}) as { id?: unknown; kind?: unknown };
    if (typeof id === 'string' && typeof kind === 'string') kindInDocument.set(id, kind);
  }
  const storedKind = session.kindLookup();
  const kindOf = ((id: string) => kindInDocument.get(id) ?? storedKind(id)) as KindLookup;
  const interactions: Interaction[] = [];
  const issues: ValidationIssue[] = [];
  records.interactions.forEach((input, index) => {
    try {
      interactions.push(validInteraction(input, index, kindOf));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
    }
  });
  let summary: BatchSummary;
  try {
    summary = writeBatch(session, records, now, { keepTimestamps: true });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ValidationError([...error.issues, ...issues]);
  }
  if (issues.length > 0) throw new ValidationError(issues);
  for (const interaction of interactions) insertInteraction(session, interaction, now);
  return { ...summary, interactions: interactions.length };
}
