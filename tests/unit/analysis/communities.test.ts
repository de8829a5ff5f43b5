import { describe, expect, it } from 'vitest';
import { communities } from '../../../shared/analysis/index.ts';
import { KARATE_EDGES } from './karate-club.ts';
import { acquaintances, personId } from './metrics-fixtures.ts';

describe('Louvain communities', () => {
  const karate = acquaintances(34, KARATE_EDGES);

  it("finds the karate club's known structure: modularity near the published 0.42", () => {
    // Blondel et al. (2008) report Q ≈ 0.42 for Louvain on this network; the best
    // known partition has Q = 0.4198 (Brandes et al. 2008).
    const result = communities(karate);
    expect(result.modularity).toBeGreaterThan(0.4);
    expect(result.modularity).toBeLessThanOrEqual(0.4198 + 1e-4);
    expect(result.count).toBeGreaterThanOrEqual(3);
    const leaders = [personId(0), personId(33)].map(
      (id) => result.communities.find((c) => c.members.some((m) => m.id === id))!.id,
    );
    expect(leaders[0]).not.toBe(leaders[1]);
  });

  it('is reproducible for a seed', () => {
    expect(communities(karate, { seed: 7 })).toEqual(communities(karate, { seed: 7 }));
  });

  it('works on a filtered part: without edges every member stands alone', () => {
    const result = communities(karate, { filter: { types: ['WORKS_FOR'] } });
    expect(result.count).toBe(34);
    expect(result.modularity).toBe(0);
  });
});
