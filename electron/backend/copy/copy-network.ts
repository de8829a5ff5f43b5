import type {
  Relationship,
  RelationshipInput,
  StakeholderNode,
} from '../../../graph-schema/index.ts';
import { XrmError } from '../../../shared/errors.ts';
import type { GraphStore, UpsertSummary } from '../../../shared/store/graph-store.ts';
import { verifyCopy } from './verify-copy.ts';

export type CopyPhase = 'nodes' | 'relationships' | 'interactions';

export interface CopyProgress {
  readonly phase: CopyPhase;
  /** Records of this phase copied so far. */
  readonly done: number;
}

export interface CopyOptions {
  readonly onProgress?: (progress: CopyProgress) => void;
  readonly signal?: AbortSignal;
  readonly batchSize?: number;
}

export interface CopySummary {
  readonly nodes: UpsertSummary;
  readonly relationships: UpsertSummary;
  readonly interactions: UpsertSummary;
}

const DEFAULT_BATCH = 1_000;

/**
 * Copies a whole network batch by batch: nodes first (so every relationship
 * finds its endpoints), then relationships, then interactions as they are
 * (lastContact is not moved a second time). Every write is an upsert by id, so
 * a repeated or interrupted-then-restarted copy adds nothing twice. Ends by
 * checking that both stores count the same.
 */
export async function copyNetwork(
  from: GraphStore,
  to: GraphStore,
  options: CopyOptions = {},
): Promise<CopySummary> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  const nodes = await copyPhase('nodes', from.streamNodes(size), options, async (batch) => {
    return (await to.upsertBatch({ nodes: batch.map(nodeInput) })).nodes;
  });
  const relationships = await copyPhase(
    'relationships',
    from.streamRelationships(size),
    options,
    async (batch) =>
      (await to.upsertBatch({ relationships: batch.map(relationshipInput) })).relationships,
  );
  const interactions = await copyPhase(
    'interactions',
    from.streamInteractions(size),
    options,
    (batch) => to.importInteractions(batch),
  );
  await verifyCopy(from, to);
  return { nodes, relationships, interactions };
}

async function copyPhase<T>(
  phase: CopyPhase,
  batches: AsyncIterable<T[]>,
  options: CopyOptions,
  write: (batch: T[]) => Promise<UpsertSummary>,
): Promise<UpsertSummary> {
  const total = { created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  for await (const batch of batches) {
    throwIfCancelled(options.signal, phase, done);
    const summary = await write(batch);
    total.created += summary.created;
    total.updated += summary.updated;
    total.unchanged += summary.unchanged;
    done += batch.length;
    options.onProgress?.({ phase, done });
  }
  return total;
}

function throwIfCancelled(signal: AbortSignal | undefined, phase: CopyPhase, done: number): void {
  if (!signal?.aborted) return;
  throw new XrmError(
    'cancelled',
    `The copy was cancelled while copying ${phase} (${done} copied). Run it again to finish: nothing is copied twice.`,
  );
}

/** The store's timestamps belong to the target store; the data goes as it is. */
function nodeInput(node: StakeholderNode): StakeholderNode {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { createdAt, updatedAt, ...data } = node;
  return data as StakeholderNode;
}

/** A relationship's id is derived from type and endpoints; the input schema does not take it. */
function relationshipInput(relationship: Relationship): RelationshipInput {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, ...data } = relationship;
  return data;
}
