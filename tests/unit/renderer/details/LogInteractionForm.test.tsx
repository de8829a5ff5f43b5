// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEMO_ROUTE } from '../../../../electron/backend/demo/demo-route.ts';
import { LogInteractionForm } from '../../../../renderer/details/LogInteractionForm.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
});
afterEach(cleanup);
afterAll(async () => backend.close());

async function colleague() {
  const hood = await backend.api['graph:expand-node']({ id: DEMO_ROUTE.colleague, limit: 100 });
  return { node: hood.node, people: hood.neighbours.filter((n) => n.kind !== 'Customer') };
}

const field = (name: string) => {
  const label = document.querySelector(`[data-field="${name}"]`);
  if (!(label instanceof HTMLElement)) throw new Error(`no field ${name}`);
  return label;
};

describe('LogInteractionForm', () => {
  it('names the missing participant next to the field and writes nothing', async () => {
    const { node, people } = await colleague();
    const before = (await backend.api['graph:get-counts']({})).interactions;
    renderWithBackend(
      <LogInteractionForm node={node} people={people} onError={vi.fn()} />,
      backend.api,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log interaction' }));
    const error = within(field('participants')).getByRole('alert');
    expect(error.textContent).toBe('needs at least two participants');
    expect(within(field('participants')).getByRole('combobox').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect((await backend.api['graph:get-counts']({})).interactions).toBe(before);
  });

  it('logs a call with the planner and moves their last contact to that day', async () => {
    const { node, people } = await colleague();
    const onError = vi.fn();
    renderWithBackend(
      <LogInteractionForm node={node} people={people} onError={onError} />,
      backend.api,
      'de',
    );
    fireEvent.change(within(field('date')).getByDisplayValue(/\d{4}-\d{2}-\d{2}/), {
      target: { value: '2026-11-20' },
    });
    fireEvent.change(within(field('channel')).getByRole('combobox'), { target: { value: 'call' } });
    fireEvent.change(within(field('participants')).getByRole('combobox'), {
      target: { value: DEMO_ROUTE.planner },
    });
    fireEvent.change(within(field('summary')).getByRole('textbox'), {
      target: { value: 'Schleifzelle: Termin mit Dr. Hansen vereinbart' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Interaktion erfassen' }));
    const done = await screen.findByTestId('interaction-logged');
    expect(done.textContent).toMatch(
      /^Erfasst\. Letzter Kontakt in [1-9]\d* Beziehung(en)? aktualisiert\.$/,
    );
    expect(onError).not.toHaveBeenCalled();
    const { relationships } = await backend.api['graph:list-relationships']({
      id: DEMO_ROUTE.colleague,
    });
    const tie = relationships.find((rel) => [rel.source, rel.target].includes(DEMO_ROUTE.planner));
    await waitFor(() => expect(tie?.lastContact).toBe('2026-11-20'));
  });
});
