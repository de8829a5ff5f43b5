import {
  validateBatch,
  type Interaction,
  type KindLookup,
  type NodeInput,
  type RelationshipInput,
  type ValidationIssue,
} from '../../../graph-schema/index.ts';
import { ValidationError } from '../../../shared/errors.ts';
import type { BatchSummary, GraphBatch } from '../../../shared/store/graph-store.ts';
import { insertInteraction, validInteraction } from './embedded-interactions.ts';
import { kindChangeIssues, writeNodes } from './node-rows.ts';
import { writeRelationships } from './relationship-rows.ts';
import { employeesOf, indexNode, reindexEmployers } from './search-index.ts';
import type { SqlSession } from './sql-session.ts';

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
  const storedNode = session.nodeLookup(endpointIds(batch.relationships ?? []));
  const storedKind: KindLookup = (id) => storedNode(id)?.kind;
  const valid = validateBatch(batch, storedKind);
  const issues = [...valid.issues, ...kindChangeIssues(session, valid.nodes, storedKind)];
  if (issues.length > 0) throw new ValidationError(issues);

  const nodes = writeNodes(session, valid.nodes, now, options);
  for (const { rowid, node } of nodes.written) indexNode(session, rowid, node);
  // Writing nodes drops the cached keys: look the endpoints up again only then.
  const endpoints =
    nodes.written.length > 0 ? session.nodeLookup(endpointIds(valid.relationships)) : storedNode;
  const relationships = writeRelationships(session, valid.relationships, now, endpoints);
  const stale = [
    ...employeesOf(session, nodes.renamedOrganisations),
    ...relationships.newEmployees,
  ];
  reindexEmployers(session, stale);
  return { nodes: nodes.summary, relationships: relationships.summary };
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
