import { describe, expect, it } from 'vitest';
import { boundScene, elementCount } from '../../../../renderer/network/bound-scene.ts';
import type { Scene } from '../../../../renderer/network/to-elements.ts';

/** A hub with `n` contacts, each linked to the hub. */
function star(n: number): Scene {
  const contacts = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    kind: 'Contact' as const,
    name: `Contact ${i}`,
    tags: [],
  }));
  return {
    nodes: [{ id: 'hub', kind: 'Distributor', name: 'Hub GmbH', tags: [] }, ...contacts],
    relationships: contacts.map((c, i) => ({
      id: `r${i}`,
      type: 'WORKS_FOR' as const,
      source: c.id,
      target: 'hub',
      strength: 0.8,
    })),
  };
}

describe('boundScene', () => {
  it('leaves a scene within the limit alone', () => {
    const scene = star(10);
    const bounded = boundScene(scene, 100, new Set());
    expect(bounded.scene).toBe(scene);
    expect(bounded.leftOut).toBe(0);
    expect(bounded.wanted).toBe(21);
  });

  it('cuts a large scene to the limit, says how many were left out, keeps what must stay', () => {
    const scene = star(2_000);
    const keep = new Set(['c1999']);
    const bounded = boundScene(scene, 1_001, keep);
    expect(elementCount(bounded.scene)).toBeLessThanOrEqual(1_001);
    expect(bounded.wanted).toBe(4_001);
    expect(bounded.leftOut).toBe(scene.nodes.length - bounded.scene.nodes.length);
    expect(bounded.leftOut).toBeGreaterThan(0);
    expect(bounded.scene.nodes[0]?.id).toBe('c1999');
    expect(bounded.scene.nodes.some((node) => node.id === 'hub')).toBe(true);
  });
});
