import {
  STORE_CHECKS_ENDPOINTS,
  validateBatch,
  type Relationship,
  type ValidationIssue,
} from '../../../../graph-schema/index.ts';
import { ValidationError } from '../../../../shared/errors.ts';
import type { BatchSummary, GraphBatch } from '../../../../shared/store/graph-store.ts';
import { kindChangeIssues, storedKinds, writeNodes } from './neo4j-node-writes.ts';
import { writeRelationships } from './neo4j-relationship-writes.ts';
import { employeesOf, refreshSearchText } from './neo4j-search-text.ts';
import type { Tx } from './neo4j-session.ts';

/**
 * The one write path for nodes and relationships, inside one write transaction:
 * validate the batch, MERGE in UNWIND batches and keep the search properties in
 * step. Runs again as a whole if the driver retries.
 *
 * Endpoints outside the batch are checked by the statements that write the
 * relationships: they match both ends anyway and report a missing one or a kind
 * the type does not allow, and the transaction is then rolled back, so a refused
 * batch writes nothing. Looking every endpoint up beforehand cost a bulk import
 * about a tenth of its time. A refused batch is validated again the slow way,
 * for the same messages as everywhere else.
 */
export async function writeBatch(tx: Tx, batch: GraphBatch, now: string): Promise<BatchSummary> {
  const valid = validateBatch(batch, STORE_CHECKS_ENDPOINTS);
  // A node may change kind only if its stored relationships still fit.
  const stored = await storedKinds(
    tx,
    valid.nodes.map((node) => node.id),
  );
  const kindIssues = await kindChangeIssues(tx, valid.nodes, stored);
  if (valid.issues.length > 0 || kindIssues.length > 0) {
    throw new ValidationError([...(await issuesWithStoredKinds(tx, batch)), ...kindIssues]);
  }

  const nodes = await writeNodes(tx, valid.nodes, now);
  const relationships = await writeRelationships(tx, valid.relationships, now);
  if (relationships.misfits.length > 0) {
    const issues = await issuesWithStoredKinds(tx, batch);
    const vanished = () => vanishedEndpoints(relationships.misfits, valid.relationships);
    throw new ValidationError(issues.length > 0 ? issues : vanished());
  }
  const stale = [
    ...nodes.written,
    ...(await employeesOf(tx, nodes.renamedOrganisations)),
    ...relationships.newEmployees,
  ];
  await refreshSearchText(tx, stale);
  return { nodes: nodes.summary, relationships: relationships.summary };
}

/** Validation with every endpoint's stored kind looked up: the path of a refused batch. */
async function issuesWithStoredKinds(tx: Tx, batch: GraphBatch): Promise<ValidationIssue[]> {
  const stored = await storedKinds(tx, referencedIds(batch));
  return validateBatch(batch, (id) => stored.get(id)).issues;
}

/**
 * A write found an endpoint missing that a second look finds: another writer
 * created it between the two. Rare, and the batch is refused all the same.
 */
function vanishedEndpoints(
  ids: readonly string[],
  written: readonly Relationship[],
): ValidationIssue[] {
  return ids.map((id) => ({
    record: `relationship "${id}"`,
    field: 'source',
    message: 'an endpoint was missing or changed while this batch was written; try again',
    index: written.findIndex((rel) => rel.id === id),
    collection: 'relationships' as const,
  }));
}

/** Every id a batch names, read loosely: validation reports the malformed ones. */
function referencedIds(batch: GraphBatch): string[] {
  const ids: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') ids.push(value);
  };
  for (const node of batch.nodes ?? []) add((node as { id?: unknown } | null)?.id);
  for (const rel of batch.relationships ?? []) {
    const r = rel as { source?: unknown; target?: unknown } | null;
    add(r?.source);
    add(r?.target);
  }
  return ids;
}
