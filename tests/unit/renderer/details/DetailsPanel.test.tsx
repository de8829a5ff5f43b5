// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { DetailsPanel } from '../../../../renderer/details/DetailsPanel.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
});
afterEach(cleanup);
afterAll(async () => backend.close());

async function keyAccount() {
  const { results } = await backend.api['graph:search-nodes']({
    text: 'Hansa',
    kinds: ['Customer'],
  });
  const id = results[0]?.id;
  if (!id) throw new Error('the demo network has no Hansa customer');
  const hood = await backend.api['graph:expand-node']({ id });
  const { relationships } = await backend.api['graph:list-relationships']({ id });
  return { hood, relationships };
}

describe('DetailsPanel', () => {
  it('shows a stored key account with German field labels and its relationships', async () => {
    const { hood, relationships } = await keyAccount();
    const onSelect = vi.fn();
    renderWithBackend(
      <DetailsPanel
        node={hood.node}
        neighbours={hood.neighbours}
        relationships={relationships}
        onSelect={onSelect}
      />,
      backend.api,
      'de',
    );
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(hood.node.name);
    expect(within(panel).getByText('Kunde')).toBeTruthy();
    expect(within(panel).getByText('Schlüsselkunde', { selector: '.pill' })).toBeTruthy();
    expect(within(panel).getByText('Kundenklasse')).toBeTruthy();

    const items = within(screen.getByTestId('relationship-list')).getAllByRole('listitem');
    expect(items).toHaveLength(relationships.length);
    expect(items.some((item) => item.textContent?.includes('arbeitet für'))).toBe(true);

    const first = relationships[0]!;
    const otherId = first.source === hood.node.id ? first.target : first.source;
    fireEvent.click(within(items[0]!).getByRole('button'));
    expect(onSelect).toHaveBeenCalledWith(otherId);
  });

  it('reads incoming relationships with the other stakeholder as the subject', async () => {
    const { hood, relationships } = await keyAccount();
    renderWithBackend(
      <DetailsPanel
        node={hood.node}
        neighbours={hood.neighbours}
        relationships={relationships}
        onSelect={vi.fn()}
      />,
      backend.api,
    );
    const incoming = screen.getAllByRole('listitem').find((li) => li.dataset.direction === 'in');
    expect(incoming?.querySelector('.relationship__sentence')?.textContent).toMatch(
      /^.+ works for$/,
    );
  });
});
