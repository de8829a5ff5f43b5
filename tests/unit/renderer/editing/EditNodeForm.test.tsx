// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEMO_ROUTE } from '../../../../electron/backend/demo/demo-route.ts';
import type { StakeholderNode } from '../../../../graph-schema/index.ts';
import { EditNodeForm } from '../../../../renderer/editing/EditNodeForm.tsx';
import { applyEdit, undoUpdate } from '../../../../renderer/editing/undo-stack.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
});
afterEach(cleanup);
afterAll(async () => backend.close());

async function stored(id: string): Promise<StakeholderNode> {
  const { node } = await backend.api['graph:get-node']({ id });
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

const control = (name: string) => {
  const label = document.querySelector(`[data-field="${name}"]`);
  if (!(label instanceof HTMLElement)) throw new Error(`no field ${name}`);
  return label.querySelector('input, select, textarea') as HTMLInputElement;
};

describe('EditNodeForm', () => {
  it('shows an invalid e-mail next to its field and writes nothing', async () => {
    const before = await stored(DEMO_ROUTE.decisionMaker);
    const onSaved = vi.fn();
    renderWithBackend(
      <EditNodeForm node={before} onSaved={onSaved} onCancel={vi.fn()} onError={vi.fn()} />,
      backend.api,
    );
    expect(document.querySelector('[data-field="tier"]')).toBeNull();
    fireEvent.change(control('email'), { target: { value: 'hansen@' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const field = document.querySelector('[data-field="email"]') as HTMLElement;
    expect(within(field).getByRole('alert').textContent).toBe('is not a valid e-mail address');
    expect(control('email').getAttribute('aria-invalid')).toBe('true');
    expect(control('email').getAttribute('aria-describedby')).toBe('edit-email-error');
    expect(onSaved).not.toHaveBeenCalled();
    expect(await stored(DEMO_ROUTE.decisionMaker)).toEqual(before);
  });

  it('stores the edit, and its undo step brings back the exact previous record', async () => {
    const before = await stored(DEMO_ROUTE.decisionMaker);
    expect(before.title).toBeTruthy();
    expect(before.city).not.toBe('Flensburg');
    const onSaved = vi.fn();
    const onError = vi.fn();
    renderWithBackend(
      <EditNodeForm node={before} onSaved={onSaved} onCancel={vi.fn()} onError={onError} />,
      backend.api,
      'de',
    );
    fireEvent.change(control('title'), { target: { value: '' } });
    fireEvent.change(control('city'), { target: { value: 'Flensburg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(before));
    expect(onError).not.toHaveBeenCalled();
    const after = await stored(DEMO_ROUTE.decisionMaker);
    expect(after.title).toBeUndefined();
    expect(after.city).toBe('Flensburg');

    await applyEdit(backend.api, undoUpdate('edit', before).inverse);
    const undone = await stored(DEMO_ROUTE.decisionMaker);
    expect({ ...undone, updatedAt: undefined }).toEqual({ ...before, updatedAt: undefined });
  });
});

describe('EditNodeForm consent', () => {
  it('stores consent per channel and shows no consent section for a customer', async () => {
    const before = await stored(DEMO_ROUTE.planner);
    const onSaved = vi.fn();
    renderWithBackend(
      <EditNodeForm node={before} onSaved={onSaved} onCancel={vi.fn()} onError={vi.fn()} />,
      backend.api,
    );
    fireEvent.change(control('consent.status'), { target: { value: 'granted' } });
    fireEvent.change(control('consent.date'), { target: { value: '2026-11-02' } });
    fireEvent.change(control('consent.channels.phone'), { target: { value: 'denied' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const after = await stored(DEMO_ROUTE.planner);
    expect(after.consent?.status).toBe('granted');
    expect(after.consent?.date).toBe('2026-11-02');
    expect(after.consent?.channels?.phone).toBe('denied');
    cleanup();

    const account = await stored(DEMO_ROUTE.account);
    renderWithBackend(
      <EditNodeForm node={account} onSaved={vi.fn()} onCancel={vi.fn()} onError={vi.fn()} />,
      backend.api,
    );
    expect(screen.queryByTestId('consent-fields')).toBeNull();
    expect(document.querySelector('[data-field="tier"]')).not.toBeNull();
  });
});
