import { describe, expect, it } from 'vitest';
import { NodeSchema } from '../../../../graph-schema/index.ts';
import {
  pushUndo,
  undoCreate,
  undoDelete,
  undoUpdate,
  UNDO_LIMIT,
  type UndoEntry,
} from '../../../../renderer/editing/undo-stack.ts';

const node = NodeSchema.parse({
  id: 'con-a',
  kind: 'Contact',
  name: 'A',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
});

describe('undo stack', () => {
  it('keeps at least 20 steps and drops the oldest beyond its limit', () => {
    let stack: UndoEntry[] = [];
    for (let i = 0; i < UNDO_LIMIT + 5; i++)
      stack = pushUndo(stack, undoCreate(`step ${i}`, `n${i}`));
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(20);
    expect(stack).toHaveLength(UNDO_LIMIT);
    expect(stack[0]?.label).toBe('step 5');
    expect(stack.at(-1)?.label).toBe(`step ${UNDO_LIMIT + 4}`);
  });

  it('undoes an update by writing the whole previous record without timestamps', () => {
    expect(undoUpdate('edit', node).inverse).toEqual({
      op: 'upsert-node',
      node: { id: 'con-a', kind: 'Contact', name: 'A', tags: [] },
    });
  });

  it('undoes a create by deleting, a delete by restoring node and relationships', () => {
    expect(undoCreate('new', 'con-a').inverse).toEqual({ op: 'delete-node', id: 'con-a' });
    const rel = {
      id: 'KNOWS:con-a:con-b',
      type: 'KNOWS',
      source: 'con-a',
      target: 'con-b',
      strength: 0.5,
      createdAt: 'x',
      updatedAt: 'y',
    };
    expect(undoDelete('gone', node, [rel]).inverse).toEqual({
      op: 'restore-node',
      node: { id: 'con-a', kind: 'Contact', name: 'A', tags: [] },
      relationships: [{ type: 'KNOWS', source: 'con-a', target: 'con-b', strength: 0.5 }],
    });
  });
});
