import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { LARGE_SPACING } from './fcose-forces.ts';
import type { LayoutNode, LayoutRequest, PositionArray } from './layout-protocol.ts';
import { spreadOverlaps } from './spread-overlaps.ts';

/** The spacing the organic layout aims for between linked nodes (fcose's idealEdgeLength). */
const EDGE_LENGTH = 90;
/** Free room around a node when overlaps are pushed apart. */
const MARGIN = 6;
const OVERLAP_PASSES = 30;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

type PlainGraph = Graph<{ x: number; y: number }, { weight: number }>;

const radiiOf = (nodes: readonly LayoutNode[]) =>
  nodes.map((node) => Math.max(node.width, node.height) / 2);

function graphOf(request: Pick<LayoutRequest, 'nodes' | 'edges'>): PlainGraph {
  const graph: PlainGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of request.nodes) graph.addNode(node.id, { x: 0, y: 0 });
  for (const edge of request.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      throw new Error(`relationship ${edge.id} joins a node that is not in the scene`);
    }
    if (edge.source !== edge.target)
      graph.mergeEdge(edge.source, edge.target, { weight: edge.weight ?? 1 });
  }
  return graph;
}

/**
 * A first placement that already shows the structure: every node that has a
 * busier neighbour (a person and the organisation they work for) starts on a
 * small circle around it; the hubs spread on a sunflower spiral. ForceAtlas2
 * then only has to pull linked hubs together instead of untangling a random heap.
 */
function seed(graph: PlainGraph): void {
  const anchorOf = new Map<string, string>();
  graph.forEachNode((id) => {
    let best = id;
    let bestDegree = graph.degree(id);
    graph.forEachNeighbor(id, (other) => {
      const degree = graph.degree(other);
      if (degree > bestDegree || (degree === bestDegree && other < best)) {
        best = other;
        bestDegree = degree;
      }
    });
    if (best !== id) anchorOf.set(id, best);
  });
  const spacing = EDGE_LENGTH * 1.5;
  let hubIndex = 0;
  graph.forEachNode((id) => {
    if (anchorOf.has(id)) return;
    const radius = spacing * Math.sqrt(hubIndex + 0.5);
    graph.mergeNodeAttributes(id, {
      x: radius * Math.cos(hubIndex * GOLDEN_ANGLE),
      y: radius * Math.sin(hubIndex * GOLDEN_ANGLE),
    });
    hubIndex += 1;
  });
  const around = new Map<string, number>();
  for (const [id, anchor] of anchorOf) {
    // Up the chain to a hub (each step is to a busier node, so it ends): a root
    // short of it would not be placed yet, and rings around unplaced roots all
    // share the origin. Two nodes on one spot repel each other without bound
    // in ForceAtlas2 and blow the whole picture apart.
    let root = anchor;
    for (let up = anchorOf.get(root); up !== undefined; up = anchorOf.get(root)) root = up;
    const k = (around.get(root) ?? 0) + 1;
    around.set(root, k);
    const centre = graph.getNodeAttributes(root);
    const radius = EDGE_LENGTH * 0.35 * Math.sqrt(k);
    graph.mergeNodeAttributes(id, {
      x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE),
      y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE),
    });
  }
}

function forces(graph: PlainGraph, iterations: number): void {
  if (iterations <= 0) return;
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: {
      barnesHutOptimize: true,
      // Gephi's default: far groups count as one body sooner than at 0.8. The
      // 2,000-node picture is the same by eye; its forces cost ~20 % less.
      barnesHutTheta: 1.2,
      scalingRatio: 4,
      gravity: 0.5,
      slowDown: 2,
    },
  });
}

/**
 * Small components that are not linked to the rest drift far out under the
 * repulsion and would shrink everything else when the view is fitted: they are
 * brought in to a ring just outside the bulk of the scene.
 */
function pullInStragglers(xy: Float64Array): number {
  const count = xy.length / 2;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < count; i++) {
    cx += xy[i * 2]! / count;
    cy += xy[i * 2 + 1]! / count;
  }
  const distances = Array.from({ length: count }, (_, i) =>
    Math.hypot(xy[i * 2]! - cx, xy[i * 2 + 1]! - cy),
  ).sort((a, b) => a - b);
  const limit = (distances[Math.floor(count * 0.97)] ?? 0) * 1.08;
  for (let i = 0; i < count; i++) {
    const dx = xy[i * 2]! - cx;
    const dy = xy[i * 2 + 1]! - cy;
    const distance = Math.hypot(dx, dy);
    if (distance <= limit || distance === 0) continue;
    xy[i * 2] = cx + (dx / distance) * limit;
    xy[i * 2 + 1] = cy + (dy / distance) * limit;
  }
  return limit;
}

/** Scale to the organic layout's spacing, then push overlapping nodes apart. */
function finish(graph: PlainGraph, nodes: readonly LayoutNode[]): PositionArray {
  const out = new Float64Array(nodes.length * 2);
  nodes.forEach((node, index) => {
    const { x, y } = graph.getNodeAttributes(node.id);
    out[index * 2] = x;
    out[index * 2 + 1] = y;
  });
  const radius = pullInStragglers(out);
  // As dense as fcose's pictures: about one node per LARGE_SPACING² of the disc.
  const scale = radius > 0 ? (LARGE_SPACING * Math.sqrt(nodes.length / Math.PI)) / radius : 1;
  for (let i = 0; i < out.length; i++) out[i] = out[i]! * scale;
  spreadOverlaps(out, radiiOf(nodes), MARGIN, OVERLAP_PASSES);
  return out;
}

/**
 * The organic layout of a large scene: a structured seed, ForceAtlas2 with
 * Barnes-Hut (n log n per iteration, where fcose's refinement grows much faster),
 * scaled to the usual density and freed of overlaps.
 * Not randomising means nodes were patched into a picture the user knows: they
 * keep their places and are only pushed off each other.
 */
export function largeLayout(
  request: Pick<LayoutRequest, 'nodes' | 'edges' | 'randomize'>,
  iterations: number,
): PositionArray {
  const graph = graphOf(request);
  if (!request.randomize) {
    const kept = new Float64Array(request.nodes.flatMap((node) => [node.x, node.y]));
    spreadOverlaps(kept, radiiOf(request.nodes), MARGIN, OVERLAP_PASSES);
    return kept;
  }
  seed(graph);
  forces(graph, iterations);
  return finish(graph, request.nodes);
}
