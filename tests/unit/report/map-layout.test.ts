import { describe, expect, it } from 'vitest';
import { RING_STRETCH, layoutMap, textWidth } from '../../../renderer/report/map-layout.ts';
import type { ReportData } from '../../../shared/report/report-data.schema.ts';

type MapNode = ReportData['map']['nodes'][number];

function node(id: string, hops: number, extra: Partial<MapNode> = {}): MapNode {
  return {
    id,
    name: `Name of ${id}`,
    kind: 'Contact',
    stance: null,
    consent: null,
    hops,
    paths: [],
    member: false,
    ...extra,
  };
}

/** A star: the account, a first ring of 12 and a second ring of 40, each tied inwards. */
function starMap(): ReportData['map'] {
  const nodes = [node('acc', 0, { kind: 'Customer' })];
  const edges: ReportData['map']['edges'] = [];
  for (let i = 0; i < 12; i++) {
    nodes.push(node(`r1-${i}`, 1, { member: i < 4, paths: i === 5 ? [1] : [] }));
    edges.push({
      id: `e-acc-${i}`,
      source: `r1-${i}`,
      target: 'acc',
      type: 'WORKS_FOR',
      strength: 0.8,
      directed: false,
      paths: [],
    });
  }
  for (let i = 0; i < 40; i++) {
    nodes.push(node(`r2-${i}`, 2));
    edges.push({
      id: `e-${i}`,
      source: `r2-${i}`,
      target: `r1-${i % 12}`,
      type: 'KNOWS',
      strength: 0.5,
      directed: false,
      paths: [],
    });
  }
  return { nodes, edges, omitted: 0 };
}

describe('the network map layout', () => {
  it('puts the account in the centre and everyone on the ring of their distance', () => {
    const layout = layoutMap(starMap());
    const centre = layout.nodes.get('acc')!;
    expect([centre.x, centre.y]).toEqual([layout.centre.x, layout.centre.y]);
    for (const placed of layout.nodes.values()) {
      const ring = layout.rings[Math.min(placed.node.hops, 3)]!;
      const dx = (placed.x - layout.centre.x) / ring;
      const dy = (placed.y - layout.centre.y) / (ring * RING_STRETCH);
      if (placed.node.hops > 0) expect(Math.hypot(dx, dy)).toBeCloseTo(1, 6);
    }
  });

  it('is deterministic and keeps the nodes of one ring apart', () => {
    const a = layoutMap(starMap());
    const b = layoutMap(starMap());
    expect([...a.nodes.values()].map((p) => [p.x, p.y])).toEqual(
      [...b.nodes.values()].map((p) => [p.x, p.y]),
    );
    const second = [...a.nodes.values()].filter((p) => p.node.hops === 2);
    for (const p of second) {
      for (const q of second) {
        if (p !== q) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(p.radius + q.radius);
      }
    }
  });

  it('always names the account, its people and route stakeholders, and fits every name in the view', () => {
    const layout = layoutMap(starMap());
    for (const id of ['acc', 'r1-0', 'r1-3', 'r1-5'])
      expect(layout.nodes.get(id)!.label).toBeDefined();
    const [x, y, width, height] = layout.viewBox;
    for (const placed of layout.nodes.values()) {
      const label = placed.label;
      if (!label) continue;
      const w = textWidth(placed.node.name, label.size);
      const left =
        label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
      expect(left).toBeGreaterThanOrEqual(x);
      expect(left + w).toBeLessThanOrEqual(x + width);
      expect(label.y).toBeLessThanOrEqual(y + height);
      expect(label.y - label.size).toBeGreaterThanOrEqual(y);
    }
  });

  it('counts Chinese characters as wider than Latin ones', () => {
    expect(textWidth('王芳', 10)).toBeGreaterThan(textWidth('ab', 10));
  });
});
