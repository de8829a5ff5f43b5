// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { DEMO_ROUTE } from '../../../../electron/backend/demo/demo-route.ts';
import { NodeEditing } from '../../../../renderer/editing/NodeEditing.tsx';
import { applyEdit, type UndoEntry } from '../../../../renderer/editing/undo-stack.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
});
afterEach(cleanup);
afterAll(async () => backend.close());

describe('NodeEditing', () => {
  it('deletes after a confirm naming the relationships, and undo restores node and ties', async () => {
    const id = DEMO_ROUTE.planner;
    const { node } = await backend.api['graph:get-node']({ id });
    if (!node) throw new Error('demo planner missing');
    const { relationships } = await backend.api['graph:list-relationships']({ id });
    expect(relationships.length).toBeGreaterThan(0);
    const edits: UndoEntry[] = [];
    const onSelect = vi.fn();
    renderWithBackend(
      <NodeEditing
        node={node}
        relationships={relationships}
        onEdited={(entry) => edits.push(entry)}
        onSelect={onSelect}
        onError={vi.fn()}
      />,
      backend.api,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.querySelector('p')?.textContent).toBe(
      `Delete ${node.name}? Its ${relationships.length} relationships are deleted with it.`,
    );
    expect((await backend.api['graph:get-node']({ id })).node).not.toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0] as HTMLElement);
    await waitFor(() => expect(edits).toHaveLength(1));
    expect((await backend.api['graph:get-node']({ id })).node).toBeNull();
    expect(onSelect).toHaveBeenCalledTimes(1);

    await applyEdit(backend.api, (edits[0] as UndoEntry).inverse);
    expect((await backend.api['graph:get-node']({ id })).node?.name).toBe(node.name);
    const back = await backend.api['graph:list-relationships']({ id });
    expect(back.relationships.map((rel) => rel.id).sort()).toEqual(
      relationships.map((rel) => rel.id).sort(),
    );
  });
});
