import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { LARGE_ITERATIONS, REFINE_UP_TO } from '../../../../renderer/network/fcose-forces.ts';
import { largeLayout } from '../../../../renderer/network/large-layout.ts';
import { computeLayout } from '../../../../renderer/network/layout-compute.ts';
import type { LayoutReply, LayoutRequest } from '../../../../renderer/network/layout-protocol.ts';
import { networkStyle, nodeBox } from '../../../../renderer/network/network-style.ts';
import { spreadOverlaps } from '../../../../renderer/network/spread-overlaps.ts';
import { sceneElements } from '../../../../renderer/network/to-elements.ts';
import { benchScene } from '../../../bench/render-driver.ts';
import { TEST_COLOURS } from './test-colours.ts';

/** The benchmark's generated network (organisations, their people, cross links) as the worker gets it. */
function generatedRequest(
  nodes: number,
  weights: 'ties' | 'strengths' = 'ties',
): Omit<LayoutRequest, 'type' | 'requestId'> {
  const scene = benchScene({ nodes, relationships: Math.round(nodes * 2.5) });
  const elements = sceneElements(scene, null, 'en');
  const family = new Map<string, unknown>();
  const layoutNodes = elements
    .filter((element) => element.group === 'nodes')
    .map((element) => {
      family.set(String(element.data.id), element.data.family);
      return {
        id: String(element.data.id),
        x: 0,
        y: 0,
        ...nodeBox(element.data as Record<string, unknown>),
      };
    });
  const edges = elements
    .filter((element) => element.group === 'edges')
    .map((element) => {
      const ends = [family.get(element.data.source), family.get(element.data.target)];
      const tie = ends.includes('organisation') && ends.includes('person');
      return {
        id: String(element.data.id),
        source: String(element.data.source),
        target: String(element.data.target),
        type: String(element.data.type),
        weight: weights === 'strengths' ? Number(element.data.strength) : tie ? 4 : 1,
      };
    });
  return { nodes: layoutNodes, edges, randomize: true };
}

function pointsOf(positions: Float64Array) {
  return Array.from({ length: positions.length / 2 }, (_, i) => ({
    x: positions[i * 2]!,
    y: positions[i * 2 + 1]!,
  }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Pairs of nodes whose drawn circles overlap (by more than a pixel). */
function overlaps(points: { x: number; y: number }[], radii: number[]): number {
  let count = 0;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const gap = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y);
      if (gap < radii[i]! + radii[j]! - 1) count++;
    }
  return count;
}

// The benchmark's 2,000-node scene weighted by strength: its hubs chain (a
// person's busiest neighbour has a busier one still), which once seeded nodes
// on one spot, and ForceAtlas2 threw the picture apart from there.
describe.each([
  [1_400, 'ties'],
  [2_000, 'strengths'],
] as const)('the layout of a large scene of %i nodes weighted by %s', (size, weights) => {
  const request = generatedRequest(size, weights);
  const points = pointsOf(largeLayout(request, LARGE_ITERATIONS));
  const radii = request.nodes.map((node) => Math.max(node.width, node.height) / 2);

  it('places every node at a finite, separate spot, none on top of another', () => {
    expect(points).toHaveLength(request.nodes.length);
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(overlaps(points, radii)).toBe(0);
  });

  it('keeps people beside their organisation: their tie is far shorter than a typical distance', () => {
    const at = new Map(request.nodes.map((node, i) => [node.id, points[i]!]));
    const length = (edge: { source: string; target: string }) =>
      Math.hypot(
        at.get(edge.source)!.x - at.get(edge.target)!.x,
        at.get(edge.source)!.y - at.get(edge.target)!.y,
      );
    const worksFor = request.edges.filter(
      (edge) => (edge as { type?: string }).type === 'WORKS_FOR',
    );
    expect(worksFor.length).toBeGreaterThan(request.nodes.length / 2);
    const typical = median(
      points.map((p, i) =>
        Math.hypot(
          p.x - points[(i * 7 + 13) % points.length]!.x,
          p.y - points[(i * 7 + 13) % points.length]!.y,
        ),
      ),
    );
    expect(median(worksFor.map(length))).toBeLessThan(typical / 3);
  });

  it('brings loose components in: no node is far outside the bulk of the picture', () => {
    const cx = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    const cy = points.reduce((sum, p) => sum + p.y, 0) / points.length;
    const distances = points.map((p) => Math.hypot(p.x - cx, p.y - cy));
    expect(Math.max(...distances)).toBeLessThan(2.5 * median(distances));
  });

  it('leaves patched-in nodes where they were put, only pushing apart the ones on top of each other', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0, width: 26, height: 26 },
      { id: 'b', x: 500, y: 0, width: 26, height: 26 },
      { id: 'c', x: 500, y: 0, width: 26, height: 26 },
    ];
    const kept = largeLayout({ nodes, edges: [], randomize: false }, LARGE_ITERATIONS);
    const [a, b, c] = pointsOf(kept);
    expect(a).toEqual({ x: 0, y: 0 });
    expect(Math.hypot(b!.x - c!.x, b!.y - c!.y)).toBeGreaterThanOrEqual(26);
    expect((b!.x + c!.x) / 2).toBeCloseTo(500);
  });
});

describe('computeLayout above the refinement limit', () => {
  it('answers a fresh large scene with one final picture, in request order', async () => {
    const request = generatedRequest(REFINE_UP_TO + 50);
    const replies: LayoutReply[] = [];
    await computeLayout({ type: 'run', requestId: 5, ...request }, (reply) => replies.push(reply));
    expect(replies.map((reply) => reply.type)).toEqual(['done']);
    const done = replies[0] as { positions: Float64Array };
    const keys = new Set(
      pointsOf(done.positions).map((p) => `${Math.round(p.x)}:${Math.round(p.y)}`),
    );
    expect(keys.size).toBe(request.nodes.length);
  });
});

describe('spreadOverlaps', () => {
  it('parts nodes stacked on one spot until none overlaps', () => {
    const xy = new Float64Array(40); // 20 nodes, all at the origin
    const radii = Array.from({ length: 20 }, () => 13);
    spreadOverlaps(xy, radii, 4, 200);
    expect(
      overlaps(
        pointsOf(xy),
        radii.map((r) => r + 2),
      ),
    ).toBe(0);
  });
});

describe('nodeBox', () => {
  it('gives the size the stylesheet draws, for every kind of node in a scene', () => {
    const scene = benchScene({ nodes: 300, relationships: 700 });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: networkStyle(TEST_COLOURS),
      elements: sceneElements(scene, null, 'en'),
    });
    const wrong = cy
      .nodes()
      .filter((node) => {
        const box = nodeBox(node.data());
        return (
          Math.abs(node.width() - box.width) > 0.01 || Math.abs(node.height() - box.height) > 0.01
        );
      })
      .map((node) => `${node.id()} ${node.data('kind')} ${node.data('tier')}`);
    expect(wrong).toEqual([]);
    cy.destroy();
  });
});
