// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { DEMO_ROUTE } from '../../../../electron/backend/demo/demo-route.ts';
import type { PathsOutput } from '../../../../shared/domain/analysis.schema.ts';
import { PathList } from '../../../../renderer/paths/PathList.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
let found: PathsOutput;
beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
  found = await backend.api['analysis:find-paths']({ to: DEMO_ROUTE.account, k: 5 });
});
afterEach(cleanup);
afterAll(async () => backend.close());

const names = () => new Map(found.stakeholders.map((ref) => [ref.id, ref.name]));

describe('PathList', () => {
  it('ranks the paths from the backend and explains every hop, in German', () => {
    renderWithBackend(
      <PathList
        paths={found.paths}
        names={names()}
        chosen={null}
        onChoose={vi.fn()}
        label="Wege"
      />,
      backend.api,
      'de',
    );
    const list = screen.getByRole('list', { name: 'Wege' });
    const items = within(list).getAllByTestId('path-item');
    expect(items).toHaveLength(found.paths.length);
    const best = found.paths[0];
    if (!best) throw new Error('no path to the demo key account');
    const first = items[0] as HTMLElement;
    expect(first.dataset.nodes?.split(' ')).toEqual([...best.nodes]);
    const head = within(first).getAllByRole('button')[0] as HTMLElement;
    expect(head.textContent).toContain('Weg 1');
    expect(head.textContent).toContain(`${best.hops} Schritte`);
    // One line per hop, each naming the type, the person reached and the facts behind the weight.
    const hops = within(first).getAllByRole('listitem').slice(1);
    expect(hops).toHaveLength(best.explanation.length);
    best.explanation.forEach((hop, index) => {
      const text = hops[index]?.textContent ?? '';
      expect(text).toContain(hop.reached.name);
      expect(text).toContain(`Stärke ${hop.strength.toFixed(2).replace('.', ',')}`);
      if (hop.lastContact) expect(text).toContain('letzter Kontakt');
    });
  });

  it('lights one path on click and all of them on a second click', () => {
    const chosen: (number | null)[] = [];
    function Harness() {
      const [index, setIndex] = useState<number | null>(null);
      return (
        <PathList
          paths={found.paths}
          names={names()}
          chosen={index}
          onChoose={(next) => {
            chosen.push(next);
            setIndex(next);
          }}
          label="Paths"
        />
      );
    }
    renderWithBackend(<Harness />, backend.api);
    const toggle = () =>
      within(screen.getAllByTestId('path-item')[1] as HTMLElement).getAllByRole('button')[0];
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle() as HTMLElement);
    expect(chosen).toEqual([1]);
    expect(toggle()?.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByTestId('path-item')[1]?.className).toContain('path--chosen');
    fireEvent.click(toggle() as HTMLElement);
    expect(chosen).toEqual([1, null]);
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
  });
});
