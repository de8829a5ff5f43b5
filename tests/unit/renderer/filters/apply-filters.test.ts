import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  applyFilters,
  isFiltering,
  toggled,
  type Filters,
} from '../../../../renderer/filters/apply-filters.ts';
import type { Scene } from '../../../../renderer/network/to-elements.ts';

// A key account with its buying centre, a planner who advises it, a distributor and our colleague.
const scene: Scene = {
  nodes: [
    { id: 'hansa', kind: 'Customer', name: 'Hansa AG', tags: [], keyAccount: true, tier: 'A' },
    { id: 'nord', kind: 'Customer', name: 'Nordwerk GmbH', tags: [], tier: 'C' },
    { id: 'hansen', kind: 'Contact', name: 'Dr. Friedrich Hansen', tags: [], stance: 'neutral' },
    { id: 'berg', kind: 'Contact', name: 'Anna Berg', tags: [], stance: 'opponent' },
    { id: 'lindner', kind: 'Influencer', name: 'Heike Lindner', tags: [], stance: 'champion' },
    { id: 'brenner', kind: 'Colleague', name: 'Jonas Brenner', tags: [] },
    { id: 'kraemer', kind: 'Distributor', name: 'Krämer Technik', tags: [] },
  ],
  relationships: [
    { id: 'r1', type: 'WORKS_FOR', source: 'hansen', target: 'hansa', strength: 0.8 },
    { id: 'r2', type: 'WORKS_FOR', source: 'berg', target: 'hansa', strength: 0.8 },
    { id: 'r3', type: 'ADVISES', source: 'lindner', target: 'hansen', strength: 0.92 },
    { id: 'r4', type: 'KNOWS', source: 'brenner', target: 'lindner', strength: 0.9 },
    { id: 'r5', type: 'MANAGES', source: 'brenner', target: 'hansa', strength: 0.3 },
    { id: 'r6', type: 'SUPPLIES', source: 'kraemer', target: 'hansa', strength: 0.6 },
    { id: 'r7', type: 'SUPPLIES', source: 'kraemer', target: 'nord', strength: 0.6 },
  ],
};

const ids = (result: ReturnType<typeof applyFilters>) => ({
  nodes: result.scene.nodes.map((node) => node.id),
  relationships: result.scene.relationships.map((rel) => rel.id),
});
const filters = (patch: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...patch });

describe('applyFilters', () => {
  it('lets everything through without filters', () => {
    const result = applyFilters(scene, NO_FILTERS);
    expect(result.scene.nodes).toHaveLength(scene.nodes.length);
    expect(result.scene.relationships).toHaveLength(scene.relationships.length);
    expect([result.hiddenNodes, result.hiddenRelationships]).toEqual([0, 0]);
    expect(isFiltering(NO_FILTERS)).toBe(false);
  });

  it('hides a kind together with the relationships of its nodes', () => {
    const result = applyFilters(scene, filters({ hiddenKinds: new Set(['Distributor']) }));
    expect(ids(result).nodes).not.toContain('kraemer');
    expect(ids(result).relationships).not.toContain('r6');
    expect(ids(result).relationships).not.toContain('r7');
    expect([result.hiddenNodes, result.hiddenRelationships]).toEqual([1, 2]);
  });

  it('hides relationship types and weak ties but keeps their nodes', () => {
    const byType = applyFilters(scene, filters({ hiddenTypes: new Set(['WORKS_FOR']) }));
    expect(ids(byType).relationships).toEqual(['r3', 'r4', 'r5', 'r6', 'r7']);
    expect(byType.scene.nodes).toHaveLength(scene.nodes.length);
    const weak = applyFilters(scene, filters({ minStrength: 0.85 }));
    expect(ids(weak).relationships).toEqual(['r3', 'r4']);
    expect(weak.hiddenRelationships).toBe(5);
  });

  it('hides customers of a tier and people of a stance, never nodes without one', () => {
    const tier = applyFilters(scene, filters({ hiddenTiers: new Set(['C']) }));
    expect(ids(tier).nodes).not.toContain('nord');
    expect(ids(tier).nodes).toContain('kraemer');
    const stance = applyFilters(
      scene,
      filters({ hiddenStances: new Set(['opponent', 'neutral']) }),
    );
    expect(ids(stance).nodes).toEqual(['hansa', 'nord', 'lindner', 'brenner', 'kraemer']);
  });

  it('never hides what is kept (the focus and a lit path), including its relationships', () => {
    const keep = new Set(['brenner', 'lindner', 'hansen', 'rel:r3', 'rel:r4']);
    const result = applyFilters(
      scene,
      filters({ hiddenKinds: new Set(['Influencer', 'Colleague']), minStrength: 0.95 }),
      keep,
    );
    expect(ids(result).nodes).toEqual(expect.arrayContaining(['brenner', 'lindner', 'hansen']));
    expect(ids(result).relationships).toEqual(['r3', 'r4']);
  });

  it('toggles a value in and out of a set without touching the original', () => {
    const hidden = new Set(['Contact'] as const);
    const next = toggled(hidden, 'Contact');
    expect(next.has('Contact')).toBe(false);
    expect(hidden.has('Contact')).toBe(true);
    expect(isFiltering(filters({ hiddenKinds: toggled(new Set(), 'Media') }))).toBe(true);
  });
});
