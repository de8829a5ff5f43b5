// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { ApiContext } from '../../../../renderer/app/api-context.ts';
import { NEIGHBOUR_LIMIT } from '../../../../renderer/network/use-neighbourhood.ts';
import { useSceneGrowth } from '../../../../renderer/network/use-scene-growth.ts';
import type { Neighbourhood } from '../../../../renderer/network/to-elements.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';

const STAFF = 75;
let backend: InProcessBackend;

// A distributor with more staff than the first page shows, two of them knowing outsiders.
beforeAll(async () => {
  backend = await startInProcessBackend();
  const staff = Array.from({ length: STAFF }, (_, i) => ({
    id: `staff-${i}`,
    kind: 'Contact',
    name: `Mitarbeiter ${String(i).padStart(2, '0')}`,
  }));
  await backend.api['graph:upsert-nodes']({
    nodes: [
      { id: 'hub', kind: 'Distributor', name: 'Nordhandel GmbH' },
      { id: 'outside-1', kind: 'Influencer', name: 'Petra Planer' },
      { id: 'outside-2', kind: 'Journalist', name: 'Jan Presse' },
      ...staff,
    ],
  });
  await backend.api['graph:upsert-relationships']({
    relationships: [
      ...staff.map((s) => ({ source: s.id, target: 'hub', type: 'WORKS_FOR' as const })),
      { source: 'staff-0', target: 'outside-1', type: 'KNOWS' as const },
      { source: 'outside-2', target: 'staff-1', type: 'REPORTS_ON' as const },
    ],
  });
});
afterAll(async () => backend.close());

function wrapper({ children }: { readonly children: ReactNode }) {
  return <ApiContext.Provider value={backend.api}>{children}</ApiContext.Provider>;
}

async function hubHood(): Promise<Neighbourhood> {
  return backend.api['graph:expand-node']({ id: 'hub', limit: NEIGHBOUR_LIMIT });
}

describe('useSceneGrowth', () => {
  it('pages through a hub with "show more" until nothing remains', async () => {
    const hood = await hubHood();
    expect(hood.neighbours).toHaveLength(NEIGHBOUR_LIMIT);
    const onError = vi.fn();
    const { result } = renderHook(() => useSceneGrowth(hood, onError), { wrapper });
    expect(result.current.remaining).toBe(STAFF - NEIGHBOUR_LIMIT);
    act(() => result.current.showMore());
    await waitFor(() => expect(result.current.remaining).toBe(0));
    const shown = new Set([
      ...hood.neighbours.map((n) => n.id),
      ...result.current.scenes.flatMap((scene) => scene.nodes.map((n) => n.id)),
    ]);
    shown.delete('hub');
    expect(shown.size).toBe(STAFF);
    expect(onError).not.toHaveBeenCalled();
  });

  it('grows the ego network to depth 2 with the neighbours of neighbours', async () => {
    const hood = await hubHood();
    const { result } = renderHook(() => useSceneGrowth(hood, vi.fn()), { wrapper });
    await act(() => result.current.setDepth(2));
    expect(result.current.depth).toBe(2);
    const ids = new Set(result.current.scenes.flatMap((scene) => scene.nodes.map((n) => n.id)));
    // Only staff on the first page are expanded; staff-0 and staff-1 are on it (sorted by name).
    expect(ids.has('outside-1')).toBe(true);
    expect(ids.has('outside-2')).toBe(true);
  });
});
