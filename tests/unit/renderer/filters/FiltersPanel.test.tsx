// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { FiltersPanel } from '../../../../renderer/filters/FiltersPanel.tsx';
import {
  NO_FILTERS,
  applyFilters,
  type Filters,
} from '../../../../renderer/filters/apply-filters.ts';
import { createI18n } from '../../../../renderer/i18n/create-i18n.ts';
import type { Scene } from '../../../../renderer/network/to-elements.ts';
import type { Language } from '../../../../graph-schema/index.ts';

afterEach(cleanup);

const scene: Scene = {
  nodes: [
    { id: 'hansa', kind: 'Customer', name: 'Hansa AG', tags: [], tier: 'A' },
    { id: 'hansen', kind: 'Contact', name: 'Friedrich Hansen', tags: [], stance: 'skeptic' },
    { id: 'lindner', kind: 'Influencer', name: 'Heike Lindner', tags: [] },
  ],
  relationships: [
    { id: 'r1', type: 'WORKS_FOR', source: 'hansen', target: 'hansa', strength: 0.8 },
    { id: 'r2', type: 'ADVISES', source: 'lindner', target: 'hansen', strength: 0.4 },
  ],
};

/** The panel wired to real filtering, as the explorer does it. */
function Harness({ onFilters }: { readonly onFilters: (filters: Filters) => void }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const result = applyFilters(scene, filters);
  return (
    <FiltersPanel
      filters={filters}
      hiddenNodes={result.hiddenNodes}
      hiddenRelationships={result.hiddenRelationships}
      onChange={(next) => {
        setFilters(next);
        onFilters(next);
      }}
    />
  );
}

function renderPanel(language: Language) {
  const seen: Filters[] = [];
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <Harness onFilters={(filters) => seen.push(filters)} />
    </I18nextProvider>,
  );
  return seen;
}

describe('FiltersPanel', () => {
  it('hides a kind when its box is unticked and says how much is hidden', () => {
    const seen = renderPanel('en');
    const summary = screen.getByTestId('filters-summary');
    expect(summary.textContent).toBe('Nothing hidden.');
    const kinds = screen.getByRole('group', { name: 'Kinds' });
    const contact = within(kinds).getByRole('checkbox', { name: 'Contact' });
    expect((contact as HTMLInputElement).checked).toBe(true);
    fireEvent.click(contact);
    expect((contact as HTMLInputElement).checked).toBe(false);
    expect(seen.at(-1)?.hiddenKinds.has('Contact')).toBe(true);
    expect(summary.textContent).toBe('1 stakeholders and 2 relationships hidden by filters.');

    fireEvent.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(summary.textContent).toBe('Nothing hidden.');
    expect((contact as HTMLInputElement).checked).toBe(true);
  });

  it('filters weak ties with the strength slider, labelled in German', () => {
    const seen = renderPanel('de');
    const slider = screen.getByRole('slider');
    fireEvent.change(slider, { target: { value: '0.5' } });
    expect(seen.at(-1)?.minStrength).toBe(0.5);
    expect(screen.getByText('0,5').tagName).toBe('OUTPUT');
    expect(screen.getByTestId('filters-summary').textContent).toBe(
      '0 Stakeholder und 1 Beziehungen durch Filter ausgeblendet.',
    );
    const stances = screen.getByRole('group', { name: 'Haltung' });
    fireEvent.click(within(stances).getByRole('checkbox', { name: 'Skeptiker' }));
    expect(seen.at(-1)?.hiddenStances.has('skeptic')).toBe(true);
  });
});
