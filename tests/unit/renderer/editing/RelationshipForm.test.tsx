// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEMO_ROUTE } from '../../../../electron/backend/demo/demo-route.ts';
import type { StakeholderNode } from '../../../../graph-schema/index.ts';
import { RelationshipForm } from '../../../../renderer/editing/RelationshipForm.tsx';
import { applyEdit, type UndoEntry } from '../../../../renderer/editing/undo-stack.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
let greta: StakeholderNode;
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
  await backend.api['graph:upsert-nodes']({
    nodes: [{ id: 'contact-greta', kind: 'Contact', name: 'Greta Sommer' }],
  });
  greta = (await backend.api['graph:get-node']({ id: 'contact-greta' })).node!;
});
afterEach(cleanup);
afterAll(async () => backend.close());

const control = (name: string) =>
  document
    .querySelector(`[data-field="${name}"]`)!
    .querySelector('input, select, textarea') as HTMLInputElement;
const relationshipsOf = async (id: string) =>
  (await backend.api['graph:list-relationships']({ id })).relationships;

async function pickHansa() {
  fireEvent.change(screen.getByLabelText('Other stakeholder'), {
    target: { value: 'Hansa Präzisionsteile' },
  });
  fireEvent.click(await screen.findByRole('button', { name: /Hansa Präzisionsteile AG/ }));
}

describe('RelationshipForm', () => {
  it('limits the type to what the kinds allow and creates the relationship; undo deletes it', async () => {
    const onSaved = vi.fn<(entry: UndoEntry) => void>();
    renderWithBackend(
      <RelationshipForm node={greta} onSaved={onSaved} onCancel={vi.fn()} onError={vi.fn()} />,
      backend.api,
    );
    await pickHansa();
    const types = [...control('type').querySelectorAll('option')].map((o) => o.value);
    expect(types).toEqual(['', 'WORKS_FOR', 'INFLUENCES']);
    fireEvent.change(control('direction'), { target: { value: 'in' } });
    expect([...control('type').querySelectorAll('option')].map((o) => o.value)).toEqual([
      '',
      'INFLUENCES',
    ]);
    expect(control('type').value).toBe('INFLUENCES');
    fireEvent.change(control('direction'), { target: { value: 'out' } });
    fireEvent.change(control('type'), { target: { value: 'WORKS_FOR' } });
    expect(control('strength').value).toBe('0.8');
    fireEvent.change(control('lastContact'), { target: { value: '2026-10-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());

    const [stored] = await relationshipsOf(greta.id);
    expect(stored).toMatchObject({
      type: 'WORKS_FOR',
      source: greta.id,
      target: DEMO_ROUTE.account,
      strength: 0.8,
      lastContact: '2026-10-02',
    });
    await applyEdit(backend.api, onSaved.mock.calls[0]![0].inverse);
    expect(await relationshipsOf(greta.id)).toEqual([]);
  });

  it('names a bad strength next to its field and writes nothing', async () => {
    renderWithBackend(
      <RelationshipForm node={greta} onSaved={vi.fn()} onCancel={vi.fn()} onError={vi.fn()} />,
      backend.api,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(within(document.querySelector('[data-field="other"]')!).getByRole('alert')).toBeTruthy();
    await pickHansa();
    fireEvent.change(control('type'), { target: { value: 'WORKS_FOR' } });
    fireEvent.change(control('strength'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const field = document.querySelector('[data-field="strength"]') as HTMLElement;
    expect(within(field).getByRole('alert').textContent).toBe('must be greater than 0');
    expect(control('strength').getAttribute('aria-invalid')).toBe('true');
    expect(await relationshipsOf(greta.id)).toEqual([]);
  });

  it('edits strength and last contact; undo restores the exact record, without the new contact', async () => {
    await backend.api['graph:upsert-relationships']({
      relationships: [
        { type: 'WORKS_FOR', source: greta.id, target: DEMO_ROUTE.account, notes: 'Messe' },
      ],
    });
    const [before] = await relationshipsOf(greta.id);
    const onSaved = vi.fn<(entry: UndoEntry) => void>();
    renderWithBackend(
      <RelationshipForm
        node={greta}
        editing={{
          relationship: before!,
          other: { id: DEMO_ROUTE.account, kind: 'Customer', name: 'Hansa Präzisionsteile AG' },
        }}
        onSaved={onSaved}
        onCancel={vi.fn()}
        onError={vi.fn()}
      />,
      backend.api,
    );
    expect(control('type').disabled).toBe(true);
    fireEvent.change(control('strength'), { target: { value: '0,4' } });
    fireEvent.change(control('lastContact'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect((await relationshipsOf(greta.id))[0]).toMatchObject({
      strength: 0.4,
      lastContact: '2026-11-01',
      notes: 'Messe',
    });

    await applyEdit(backend.api, onSaved.mock.calls[0]![0].inverse);
    const [after] = await relationshipsOf(greta.id);
    expect(after).toEqual(before);
  });
});
