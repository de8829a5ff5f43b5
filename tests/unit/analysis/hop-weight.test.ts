import { describe, expect, it } from 'vitest';
import {
  buildAnalysisGraph,
  contactAgeDays,
  dayNumber,
  findKBestPaths,
  hopCost,
  hopWeight,
} from '../../../shared/analysis/index.ts';
import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';

describe('hop weight', () => {
  it('halves per half-life of contact age', () => {
    const age = contactAgeDays('2025-01-01', dayNumber('2026-01-01'));
    expect(age).toBe(365);
    expect(hopWeight(0.8, age, 365)).toBeCloseTo(0.4, 12);
    expect(hopWeight(0.8, 730, 365)).toBeCloseTo(0.2, 12);
  });

  it('keeps the full strength without a last contact or with one after asOf', () => {
    expect(hopWeight(0.7, contactAgeDays(undefined, dayNumber('2026-01-01')), 365)).toBe(0.7);
    expect(contactAgeDays('2026-03-01', dayNumber('2026-01-01'))).toBe(0);
    expect(hopWeight(0.7, 0, 365)).toBe(0.7);
  });

  it('searches in log space: cost = −ln(weight)', () => {
    expect(hopCost(0.8, 100, 365)).toBeCloseTo(-Math.log(hopWeight(0.8, 100, 365)), 12);
  });
});

const person = (id: string, kind: StakeholderNode['kind'] = 'Contact'): StakeholderNode => ({
  id,
  kind,
  name: id,
  tags: [],
});
const knows = (a: string, b: string, strength: number): Relationship => ({
  id: `${a}|KNOWS|${b}`,
  type: 'KNOWS',
  source: a,
  target: b,
  strength,
});

describe('the hop limit holds for the whole path', () => {
  // The cheapest way to reach `m` is the long one (a, b, c: three strong hops), but
  // from there two more hops exceed maxHops = 4; the right answer goes s → m directly.
  // A search that keeps only one best label per node (plain Dijkstra inside Yen)
  // settles m through the long way and then finds nothing.
  const nodes = ['s', 'a', 'b', 'c', 'm', 'x', 't'].map((id) =>
    person(id, id === 's' ? 'Colleague' : 'Contact'),
  );
  const rels = [
    knows('s', 'a', 1),
    knows('a', 'b', 1),
    knows('b', 'c', 1),
    knows('c', 'm', 1),
    knows('s', 'm', 0.2),
    knows('m', 'x', 0.9),
    knows('t', 'x', 0.9),
  ];
  const graph = buildAnalysisGraph(nodes, rels);

  it('finds the route whose middle node is cheaper to reach the long way', () => {
    const { paths } = findKBestPaths(graph, { to: 't', maxHops: 4 });
    expect(paths.map((p) => p.nodes)).toEqual([['s', 'm', 'x', 't']]);
    expect(paths[0]!.score).toBeCloseTo(0.2 * 0.9 * 0.9, 12);
  });

  it('takes the long, strong route once the limit allows it', () => {
    const { paths } = findKBestPaths(graph, { to: 't', maxHops: 6 });
    expect(paths.map((p) => p.nodes)).toEqual([
      ['s', 'a', 'b', 'c', 'm', 'x', 't'],
      ['s', 'm', 'x', 't'],
    ]);
  });
});
