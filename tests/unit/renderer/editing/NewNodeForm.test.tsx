// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NewNodeForm } from '../../../../renderer/editing/NewNodeForm.tsx';
import { applyEdit, undoCreate } from '../../../../renderer/editing/undo-stack.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
});
afterEach(cleanup);
afterAll(async () => backend.close());

const control = (name: string) => {
  const field = document.querySelector(`[data-field="${name}"]`);
  if (!(field instanceof HTMLElement)) throw new Error(`no field ${name}`);
  return field.querySelector('input, select, textarea') as HTMLInputElement;
};
const type = (name: string, value: string) =>
  fireEvent.change(control(name), { target: { value } });

describe('NewNodeForm', () => {
  it('shows the kind’s fields: a customer has tier and key account, no e-mail', () => {
    renderWithBackend(
      <NewNodeForm onCreated={vi.fn()} onCancel={vi.fn()} onError={vi.fn()} />,
      backend.api,
    );
    expect(document.querySelector('[data-field="email"]')).not.toBeNull();
    expect(document.querySelector('[data-field="tier"]')).toBeNull();
    type('kind', 'Customer');
    expect(document.querySelector('[data-field="tier"]')).not.toBeNull();
    expect(document.querySelector('[data-field="email"]')).toBeNull();
    expect(document.querySelector('[data-testid="consent-fields"]')).toBeNull();
  });

  it('creates a contact with a generated id; the same name again gets -2; undo removes it', async () => {
    const onCreated = vi.fn();
    const onError = vi.fn();
    const create = async () => {
      renderWithBackend(
        <NewNodeForm onCreated={onCreated} onCancel={vi.fn()} onError={onError} />,
        backend.api,
      );
      type('name', 'Greta Sommer');
      type('email', 'greta.sommer@hansa-praezision.de');
      type('consent.status', 'granted');
      type('consent.date', '2026-09-30');
      fireEvent.click(screen.getByRole('button', { name: 'Create' }));
      await waitFor(() => expect(onCreated).toHaveBeenCalled());
      cleanup();
      return onCreated.mock.calls.at(-1)?.[0] as { id: string };
    };
    const first = await create();
    expect(first.id).toBe('contact-greta-sommer');
    const { node } = await backend.api['graph:get-node']({ id: first.id });
    expect(node).toMatchObject({
      kind: 'Contact',
      name: 'Greta Sommer',
      consent: { status: 'granted', date: '2026-09-30' },
    });
    const second = await create();
    expect(second.id).toBe('contact-greta-sommer-2');
    expect(onError).not.toHaveBeenCalled();

    await applyEdit(backend.api, undoCreate('creation', second.id).inverse);
    expect((await backend.api['graph:get-node']({ id: second.id })).node).toBeNull();
  });

  it('refuses an id that is taken or malformed, next to the id field, and writes nothing', async () => {
    const before = await backend.api['graph:get-counts']({});
    const onCreated = vi.fn();
    renderWithBackend(
      <NewNodeForm onCreated={onCreated} onCancel={vi.fn()} onError={vi.fn()} />,
      backend.api,
    );
    type('name', 'Someone Else');
    type('id', 'cust-hansa');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const field = document.querySelector('[data-field="id"]') as HTMLElement;
    await waitFor(() =>
      expect(within(field).getByRole('alert').textContent).toBe(
        'is already used by Hansa Präzisionsteile AG',
      ),
    );
    type('id', 'x'.repeat(201));
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(within(field).getByRole('alert').textContent).toBe('must be at most 200 characters'),
    );
    expect(onCreated).not.toHaveBeenCalled();
    expect(await backend.api['graph:get-counts']({})).toEqual(before);
  });
});
