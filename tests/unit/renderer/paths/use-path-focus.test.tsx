// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { ApiContext } from '../../../../renderer/app/api-context.ts';
import { usePathFocus } from '../../../../renderer/paths/use-path-focus.ts';
import { analysisOptions, useAnswer } from '../../../../renderer/paths/use-paths.ts';
import type { XrmApi } from '../../../../shared/ipc/api.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';

let backend: InProcessBackend;
/** Channels asked through the API, in order. */
const asked: string[] = [];
let api: XrmApi;

// Us -> Anna -> Kunde AG, and Us -> Bernd -> Kunde AG (weaker).
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['graph:upsert-nodes']({
    nodes: [
      { id: 'us', kind: 'OwnCompany', name: 'Wir GmbH' },
      { id: 'me', kind: 'Colleague', name: 'Ich Selbst' },
      { id: 'anna', kind: 'Contact', name: 'Anna Acker', consent: { status: 'granted' } },
      { id: 'bernd', kind: 'Contact', name: 'Bernd Berg', consent: { status: 'granted' } },
      { id: 'kunde', kind: 'Customer', name: 'Kunde AG', keyAccount: true },
    ],
  });
  await backend.api['graph:upsert-relationships']({
    relationships: [
      { source: 'me', target: 'us', type: 'WORKS_FOR' },
      { source: 'me', target: 'anna', type: 'KNOWS', strength: 0.9 },
      { source: 'me', target: 'bernd', type: 'KNOWS', strength: 0.4 },
      { source: 'anna', target: 'kunde', type: 'WORKS_FOR' },
      { source: 'bernd', target: 'kunde', type: 'WORKS_FOR' },
    ],
  });
  api = new Proxy(backend.api, {
    get(target, channel: string) {
      const call = target[channel as keyof XrmApi] as (input: unknown) => unknown;
      return (input: unknown) => {
        asked.push(channel);
        return call(input);
      };
    },
  });
});
afterAll(async () => backend.close());

function wrapper({ children }: { readonly children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

describe('usePathFocus', () => {
  it('asks from the click itself, lights the paths, and hands brokers on separately', async () => {
    asked.length = 0;
    const onError = vi.fn();
    const { result } = renderHook(() => usePathFocus(0, onError), { wrapper });
    let askedInHandler: string[] = [];
    act(() => {
      result.current.findPathsTo({ id: 'kunde', name: 'Kunde AG', kind: 'Customer' });
      // Nothing has rendered yet: the requests left from the handler.
      askedInHandler = [...asked];
    });
    expect(askedInHandler).toEqual(['analysis:find-paths', 'analysis:account-influence']);
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    // The effect reused the answer sent from the click: no second request.
    expect(asked).toEqual(['analysis:find-paths', 'analysis:account-influence']);
    const lit = result.current.highlight;
    for (const id of ['me', 'anna', 'bernd']) expect(lit?.nodes.has(id), id).toBe(true);
    expect(lit?.edges.size).toBeGreaterThanOrEqual(2);

    const state = result.current.state;
    if (state.status !== 'ready') throw new Error('not ready');
    const influence = renderHook(() => useAnswer(state.influence));
    await waitFor(() => expect(influence.result.current).not.toBeNull());
    // The panel gets what the backend answers for the same question.
    const query = result.current.query!;
    expect(influence.result.current).toEqual(
      await backend.api['analysis:account-influence']({
        account: 'kunde',
        ...analysisOptions(query),
      }),
    );
    expect(onError).not.toHaveBeenCalled();
  });

  it('asks again after an edit (a new version) instead of reusing the old answer', async () => {
    asked.length = 0;
    const onError = vi.fn();
    const { result, rerender } = renderHook(({ version }) => usePathFocus(version, onError), {
      wrapper,
      initialProps: { version: 0 },
    });
    act(() => result.current.findPathsTo({ id: 'anna', name: 'Anna Acker', kind: 'Contact' }));
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
    expect(asked).toEqual(['analysis:find-paths']);
    rerender({ version: 1 });
    await waitFor(() => expect(asked).toEqual(['analysis:find-paths', 'analysis:find-paths']));
    await waitFor(() => expect(result.current.state.status).toBe('ready'));
  });
});
