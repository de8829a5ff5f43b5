import type { ReportData } from '../../shared/report/report-data.schema.ts';

type MapNode = ReportData['map']['nodes'][number];

export interface PlacedNode {
  readonly node: MapNode;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Direction from the centre, for the label. */
  readonly angle: number;
  readonly label?: MapLabel;
}

export interface MapLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly size: number;
  readonly bold: boolean;
}

export interface MapLayout {
  /** `minX minY width height`: the drawing plus every label, so nothing is clipped. */
  readonly viewBox: readonly [number, number, number, number];
  readonly centre: { readonly x: number; readonly y: number };
  readonly rings: readonly number[];
  readonly nodes: ReadonlyMap<string, PlacedNode>;
}

const MAP_WIDTH = 1000;
const MAP_HEIGHT = 1000;
const RING_SPAN = 380;
export const RING_STRETCH = 1.7;
const MAX_RING = 3;
/** Beyond this many nodes only the account, its people and the routes carry names; below, anyone with room. */
const LABEL_ALL_UP_TO = 80;

/**
 * Concentric rings by distance from the account, deterministic for the same data.
 * The first ring is ordered by route rank, kind and name; every further ring
 * follows the angles of its neighbours one ring in, so routes run outwards
 * instead of across the map.
 */
export function layoutMap(map: ReportData['map']): MapLayout {
  const byRing = new Map<number, MapNode[]>();
  for (const node of map.nodes) {
    const ring = Math.min(node.hops, MAX_RING);
    byRing.set(ring, [...(byRing.get(ring) ?? []), node]);
  }
  const outer = Math.max(1, ...byRing.keys());
  const cx = MAP_WIDTH / 2;
  const cy = MAP_HEIGHT / 2;
  const rings = Array.from({ length: outer + 1 }, (_, ring) => (ring * RING_SPAN) / outer);
  const neighbours = neighbourLists(map);
  const angles = new Map<string, number>();
  const placed = new Map<string, PlacedNode>();
  const labelAll = map.nodes.length <= LABEL_ALL_UP_TO;
  for (let ring = 0; ring <= outer; ring++) {
    const nodes = byRing.get(ring) ?? [];
    const ordered = ring <= 1 ? firstRingOrder(nodes) : byPreferredAngle(nodes, neighbours, angles);
    ordered.forEach(({ node, angle }) => {
      angles.set(node.id, angle);
      const r = rings[ring] ?? 0;
      // Taller than wide: the page is portrait and names run sideways.
      const at = {
        node,
        x: cx + r * Math.cos(angle),
        y: cy + RING_STRETCH * r * Math.sin(angle),
        radius: nodeRadius(node),
        angle,
      };
      placed.set(node.id, { ...at, label: labelFor(at) });
    });
  }
  const labelled = withoutCrowdedLabels([...placed.values()], labelAll);
  return { viewBox: bounds(labelled.values()), centre: { x: cx, y: cy }, rings, nodes: labelled };
}

/**
 * The account, its people and the route stakeholders always keep their names;
 * anyone else keeps theirs only where it overlaps no name already placed.
 */
function withoutCrowdedLabels(nodes: PlacedNode[], labelAll: boolean): Map<string, PlacedNode> {
  const essential = (p: PlacedNode) =>
    p.node.hops === 0 || p.node.member || p.node.paths.length > 0;
  const order = [...nodes].sort((a, b) => Number(essential(b)) - Number(essential(a)));
  const boxes: Box[] = [];
  const result = new Map<string, PlacedNode>();
  for (const placed of order) {
    const box = placed.label && labelBox(placed.node.name, placed.label);
    const keep =
      box !== undefined &&
      (essential(placed) || (labelAll && !boxes.some((other) => overlaps(box, other))));
    if (keep) boxes.push(box);
    result.set(placed.node.id, keep ? placed : withoutLabel(placed));
  }
  return result;
}

function withoutLabel(placed: PlacedNode): PlacedNode {
  const { node, x, y, radius, angle } = placed;
  return { node, x, y, radius, angle };
}

type Box = readonly [number, number, number, number];

function labelBox(name: string, label: MapLabel): Box {
  const width = textWidth(name, label.size);
  const left =
    label.anchor === 'start'
      ? label.x
      : label.anchor === 'end'
        ? label.x - width
        : label.x - width / 2;
  return [left, label.y - label.size, left + width, label.y + label.size * 0.3];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Names sit outside their disc, pointing away from the centre. */
function labelFor(at: Omit<PlacedNode, 'label'>): MapLabel {
  const bold = at.node.paths.length > 0;
  if (at.node.hops === 0) {
    return { x: at.x, y: at.y + at.radius + 22, anchor: 'middle', size: 18, bold: true };
  }
  const cos = Math.cos(at.angle);
  const sin = Math.sin(at.angle);
  const gap = at.radius + 5;
  const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
  const dy = anchor === 'middle' ? (sin > 0 ? 13 : -4) : 4.5;
  return { x: at.x + cos * gap, y: at.y + sin * gap + dy, anchor, size: 14, bold };
}

/** An estimate of the text's width: CJK glyphs are about one em, Latin about half. */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.58;
  return ems * size;
}

function bounds(nodes: Iterable<PlacedNode>): [number, number, number, number] {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  const take = (x: number, y: number) => {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  };
  for (const placed of nodes) {
    take(placed.x - placed.radius, placed.y - placed.radius);
    take(placed.x + placed.radius, placed.y + placed.radius);
    if (!placed.label) continue;
    const [left, top, right, bottom] = labelBox(placed.node.name, placed.label);
    take(left, top);
    take(right, bottom);
  }
  if (x1 === Infinity) return [0, 0, MAP_WIDTH, MAP_HEIGHT];
  const pad = 12;
  return [x1 - pad, y1 - pad, x2 - x1 + 2 * pad, y2 - y1 + 2 * pad];
}

function nodeRadius(node: MapNode): number {
  if (node.hops === 0) return 18;
  if (node.paths.length > 0) return 9;
  return node.member ? 8 : 5.5;
}

const KIND_ORDER = [
  'Colleague',
  'OwnCompany',
  'Contact',
  'Influencer',
  'Distributor',
  'Partner',
  'Journalist',
  'Media',
  'Customer',
];

function firstRingOrder(nodes: readonly MapNode[]): { node: MapNode; angle: number }[] {
  const sorted = [...nodes].sort(
    (a, b) =>
      bestRank(a) - bestRank(b) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.name.localeCompare(b.name) ||
      (a.id < b.id ? -1 : 1),
  );
  // Start at the top and go clockwise, so route 1 sits at twelve o'clock.
  return sorted.map((node, index) => ({
    node,
    angle: -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, sorted.length),
  }));
}

function byPreferredAngle(
  nodes: readonly MapNode[],
  neighbours: ReadonlyMap<string, readonly string[]>,
  angles: ReadonlyMap<string, number>,
): { node: MapNode; angle: number }[] {
  const preferred = nodes.map((node) => ({
    node,
    want: meanAngle(neighbours.get(node.id) ?? [], angles),
  }));
  preferred.sort((a, b) => a.want - b.want || (a.node.id < b.node.id ? -1 : 1));
  const step = (2 * Math.PI) / Math.max(1, preferred.length);
  // Evenly spaced in the preferred order, turned to stay as close as possible to the wishes.
  let sin = 0;
  let cos = 0;
  preferred.forEach(({ want }, index) => {
    sin += Math.sin(want - index * step);
    cos += Math.cos(want - index * step);
  });
  const offset = Math.atan2(sin, cos);
  return preferred.map(({ node }, index) => ({ node, angle: offset + index * step }));
}

/** Circular mean of the neighbours already placed; nodes without one go to the bottom. */
function meanAngle(ids: readonly string[], angles: ReadonlyMap<string, number>): number {
  let sin = 0;
  let cos = 0;
  for (const id of ids) {
    const angle = angles.get(id);
    if (angle === undefined) continue;
    sin += Math.sin(angle);
    cos += Math.cos(angle);
  }
  const mean = sin === 0 && cos === 0 ? Math.PI / 2 : Math.atan2(sin, cos);
  return mean < -Math.PI / 2 ? mean + 2 * Math.PI : mean;
}

function neighbourLists(map: ReportData['map']): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const add = (a: string, b: string) => lists.set(a, [...(lists.get(a) ?? []), b]);
  for (const edge of map.edges) {
    add(edge.source, edge.target);
    add(edge.target, edge.source);
  }
  return lists;
}

export function bestRank(node: { readonly paths: readonly number[] }): number {
  return node.paths.length > 0 ? Math.min(...node.paths) : Number.MAX_SAFE_INTEGER;
}
