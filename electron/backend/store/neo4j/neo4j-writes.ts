import { validateBatch } from '../../../../graph-schema/index.ts';
import { ValidationError } from '../../../../shared/errors.ts';
import type { BatchSummary, GraphBatch } from '../../../../shared/store/graph-store.ts';
import { kindChangeIssues, storedKinds, writeNodes } from './neo4j-node-writes.ts';
import { writeRelationships } from './neo4j-relationship-writes.ts';
import { employeesOf, refreshSearchText } from './neo4j-search-text.ts';
import type { Tx } from './neo4j-session.ts';

/**
 * The one write path for nodes and relationships, inside one write transaction:
 * validate everything (against the batch and what is stored), throw before a
 * single statement writes, then MERGE in UNWIND batches and keep the search
 * properties in step. Runs again as a whole if the driver retries.
 */
export async function writeBatch(tx: Tx, batch: GraphBatch, now: string): Promise<BatchSummary> {
  const stored = await storedKinds(tx, referencedIds(batch));
  const valid = validateBatch(batch, (id) => stored.get(id));
  const issues = [...valid.issues, ...(await kindChangeIssues(tx, valid.nodes, stored))];
  if (issues.length > 0) throw new ValidationError(issues);

  const nodes = await writeNodes(tx, valid.nodes, now);
  const relationships = await writeRelationships(tx, valid.relationships, now);
  const stale = [
    ...nodes.written,
    ...(await employeesOf(tx, nodes.renamedOrganisations)),
    ...relationships.newEmployees,
  ];
  await refreshSearchText(tx, stale);
  return { nodes: nodes.summary, relationships: relationships.summary };
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
