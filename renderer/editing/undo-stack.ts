import {
  relationshipId,
  type NodeInput,
  type Relationship,
  type RelationshipInput,
  type StakeholderNode,
} from '../../graph-schema/index.ts';
import type { XrmApi } from '../../shared/ipc/api.ts';

/** A write the renderer can replay against the backend; undo entries hold the inverse one. */
export type EditOp =
  | { readonly op: 'upsert-node'; readonly node: NodeInput }
  | { readonly op: 'delete-node'; readonly id: string }
  | {
      readonly op: 'restore-node';
      readonly node: NodeInput;
      readonly relationships: readonly Record<string, unknown>[];
    }
  | { readonly op: 'delete-relationship'; readonly id: string }
  /** Deletes `id` (if there) and writes `relationship` back exactly as it was. */
  | {
      readonly op: 'replace-relationship';
      readonly id: string;
      readonly relationship: RelationshipInput;
    };

export interface UndoEntry {
  /** What the user did, for the toast "Undone: …". */
  readonly label: string;
  readonly inverse: EditOp;
}

/** More than the 20 steps people expect; older entries fall off the bottom. */
export const UNDO_LIMIT = 50;

export function pushUndo(
  stack: readonly UndoEntry[],
  entry: UndoEntry,
  limit = UNDO_LIMIT,
): UndoEntry[] {
  return [...stack, entry].slice(-limit);
}

/** The record as it can be written back: the store sets its own timestamps. */
export function writable<T extends object>(record: T): Omit<T, 'createdAt' | 'updatedAt'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { createdAt, updatedAt, ...rest } = record as T & {
    createdAt?: unknown;
    updatedAt?: unknown;
  };
  return rest;
}

/** Undoing an update writes the whole previous record back (upsert replaces, never merges). */
export function undoUpdate(label: string, previous: StakeholderNode): UndoEntry {
  return { label, inverse: { op: 'upsert-node', node: writable(previous) } };
}

export function undoCreate(label: string, id: string): UndoEntry {
  return { label, inverse: { op: 'delete-node', id } };
}

/** Deleting a node takes its relationships along, so undo must bring both back. */
export function undoDelete(
  label: string,
  node: StakeholderNode,
  relationships: readonly object[],
): UndoEntry {
  return {
    label,
    inverse: {
      op: 'restore-node',
      node: writable(node),
      // The id is derived from type and endpoints; the schema does not take it back.
      relationships: relationships.map((rel) => {
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const { id, ...rest } = writable(rel) as Record<string, unknown>;
        return rest;
      }),
    },
  };
}

export function undoRelationshipCreate(label: string, created: RelationshipInput): UndoEntry {
  const id = relationshipId(created.type, created.source, created.target);
  return { label, inverse: { op: 'delete-relationship', id } };
}

/**
 * Undoing an edit or a delete puts the previous record back whole. A plain
 * upsert would keep a lastContact the edit added (the store never forgets a
 * contact on upsert), so the relationship is deleted and written again.
 */
export function undoRelationshipChange(label: string, previous: Relationship): UndoEntry {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, ...rest } = writable(previous) as Relationship;
  return { label, inverse: { op: 'replace-relationship', id: previous.id, relationship: rest } };
}

export async function applyEdit(api: XrmApi, edit: EditOp): Promise<void> {
  switch (edit.op) {
    case 'upsert-node':
      await api['graph:upsert-nodes']({ nodes: [edit.node] });
      return;
    case 'delete-node':
      await api['graph:delete-node']({ id: edit.id });
      return;
    case 'restore-node':
      await api['graph:upsert-nodes']({ nodes: [edit.node] });
      if (edit.relationships.length > 0) {
        await api['graph:upsert-relationships']({
          relationships: edit.relationships as Parameters<
            XrmApi['graph:upsert-relationships']
          >[0]['relationships'],
        });
      }
      return;
    case 'delete-relationship':
      await api['graph:delete-relationship']({ id: edit.id });
      return;
    case 'replace-relationship':
      await api['graph:delete-relationship']({ id: edit.id });
      await api['graph:upsert-relationships']({ relationships: [edit.relationship] });
      return;
  }
}
