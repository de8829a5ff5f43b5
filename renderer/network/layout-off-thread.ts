import type { Collection, Core, EdgeSingular, NodeCollection } from 'cytoscape';
import type { LayoutClient } from './layout-client.ts';
import { LARGE_SPACING, layoutSteps, REFINE_UP_TO } from './fcose-forces.ts';
import { nodeBox } from './network-style.ts';
import type { PositionArray } from './layout-protocol.ts';

/** From this many nodes on, the organic layout runs in the worker. */
export const WORKER_FROM = 150;
/** Up to this many nodes the final positions glide into place; more would stutter. */
const ANIMATE_UP_TO = 400;
const PADDING = 40;
/** Half the largest node, added around the positions when fitting the view. */
const NODE_ROOM = 30;
/** Elements styled per slice while the worker computes (a few milliseconds each). */
const STYLE_SLICE = 500;

const latestRun = new WeakMap<Core, number>();

export interface LayoutProgress {
  readonly step: number;
  readonly steps: number;
  readonly nodes: number;
}

export interface OffThread {
  readonly client: LayoutClient;
  /** null when the layout ended (done, cancelled or failed). */
  readonly onProgress: (progress: LayoutProgress | null) => void;
  readonly onError: (error: unknown) => void;
  readonly onSettled: () => void;
}

function applyPositions(
  cy: Core,
  nodes: NodeCollection,
  positions: PositionArray,
  animate: boolean,
) {
  const at = (index: number) => ({
    x: positions[index * 2] ?? 0,
    y: positions[index * 2 + 1] ?? 0,
  });
  if (!animate) {
    placeAndFit(cy, nodes, at);
    return;
  }
  const byId = new Map<string, { x: number; y: number }>();
  nodes.forEach((node, index) => void byId.set(node.id(), at(index)));
  // Nodes removed while the worker ran are skipped; nodes added since keep their place.
  nodes
    .filter((node) => !node.removed())
    .layout({
      name: 'preset',
      positions: (node: { id(): string }) => byId.get(node.id()) ?? { x: 0, y: 0 },
      animate,
      animationDuration: 350,
      fit: true,
      padding: PADDING,
    } as never)
    .run();
}

/**
 * Positions and viewport in one batch, the viewport fitted from the positions
 * themselves: Cytoscape's fit would first measure every element (labels, edge
 * curves), which on a large scene costs more than drawing it.
 */
function placeAndFit(
  cy: Core,
  nodes: NodeCollection,
  at: (index: number) => { x: number; y: number },
): void {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  nodes.forEach((node, index) => {
    if (node.removed()) return;
    const { x, y } = at(index);
    box.x1 = Math.min(box.x1, x);
    box.y1 = Math.min(box.y1, y);
    box.x2 = Math.max(box.x2, x);
    box.y2 = Math.max(box.y2, y);
  });
  cy.batch(() => {
    // One call for the whole collection: one round of position events, not one per node.
    nodes.positions((_node, index) => at(index));
    if (box.x1 > box.x2) return;
    const width = box.x2 - box.x1 + 2 * NODE_ROOM;
    const height = box.y2 - box.y1 + 2 * NODE_ROOM;
    const fits = Math.min((cy.width() - 2 * PADDING) / width, (cy.height() - 2 * PADDING) / height);
    const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fits));
    cy.viewport({
      zoom,
      pan: {
        x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom,
        y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom,
      },
    });
  });
}

/** A person's tie to an organisation holds tighter, so people stay beside their organisation. */
const ORGANISATION_TIE = 4;
function tieWeight(edge: EdgeSingular): number {
  const ends = [edge.source().data('family'), edge.target().data('family')];
  return ends.includes('organisation') && ends.includes('person') ? ORGANISATION_TIE : 1;
}

/**
 * The organic layout in the worker: the canvas stays usable meanwhile, shows the
 * draft as soon as it exists and the final picture at the end. A fresh scene up to
 * REFINE_UP_TO nodes waits on a grid so nothing sits in one heap; a larger one is
 * not drawn before its picture arrives.
 */
export function runOffThread(cy: Core, randomize: boolean, control: OffThread): void {
  const run = (latestRun.get(cy) ?? 0) + 1;
  latestRun.set(cy, run);
  const nodes = cy.nodes();
  const total = layoutSteps(nodes.length, randomize);
  control.onProgress({ step: 0, steps: total, nodes: nodes.length });
  // A large fresh scene is not drawn until its first picture exists: drawing it in a
  // heap or on a grid meanwhile would cost as much as the layout. The previous
  // picture stays on screen under the progress bar.
  let held = randomize && nodes.length > REFINE_UP_TO;
  const release = () => {
    if (!held) return;
    held = false;
    // The canvas may have been closed while the worker ran.
    if (!cy.destroyed()) cy.endBatch();
  };
  if (held) {
    cy.startBatch();
    expectLargePicture(cy, nodes.length);
  }
  // Posted before anything is drawn: the worker computes while this thread styles and paints.
  const outcome = control.client.run(layoutRequest(cy, nodes, randomize), {
    onProgress: (step, steps, positions) => {
      if (positions) applyPositions(cy, nodes, positions, false);
      release();
      control.onProgress({ step, steps, nodes: nodes.length });
    },
  });
  if (randomize && !held) spreadOnGrid(cy, nodes);
  if (held) styleAhead(cy.elements(), () => held);
  outcome
    .then((result) => {
      if (result.status === 'done') {
        applyPositions(cy, nodes, result.positions, nodes.length <= ANIMATE_UP_TO);
      } else if (held && !cy.destroyed()) {
        // Cancelled before any picture: the nodes wait on a grid instead of in one heap.
        spreadOnGrid(cy, nodes);
      }
      release();
    })
    .catch(control.onError)
    .finally(() => {
      release();
      // A superseded run settles after its successor started: leave the indicator to that one.
      if (latestRun.get(cy) !== run) return;
      control.onProgress(null);
      control.onSettled();
    });
}

/**
 * The view zoomed out as far as the coming picture will need (its size follows
 * from the node count), so the labels' zoom class is set before any style is computed.
 */
function expectLargePicture(cy: Core, count: number): void {
  const diameter = 2 * LARGE_SPACING * Math.sqrt(count / Math.PI);
  const zoom = Math.min(cy.width(), cy.height()) / diameter;
  cy.zoom(Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom)));
}

/**
 * Computes the elements' styles while the worker lays them out (the canvas draws
 * nothing meanwhile), in slices so the page stays responsive; what is not done
 * when the picture arrives is computed when it is drawn, as usual.
 */
function styleAhead(elements: Collection, wanted: () => boolean): void {
  const list = elements.map((element) => element);
  let next = 0;
  const slice = () => {
    if (!wanted()) return;
    const end = Math.min(next + STYLE_SLICE, list.length);
    for (; next < end; next++) list[next]!.style('display');
    if (next < list.length) setTimeout(slice, 0);
  };
  setTimeout(slice, 0);
}

/**
 * The scene as plain data for the worker. Sizes come from the node data (what the
 * stylesheet will make of it), so no style has to be computed before the worker starts.
 */
function layoutRequest(cy: Core, nodes: NodeCollection, randomize: boolean) {
  return {
    randomize,
    nodes: nodes.map((node) => ({
      id: node.id(),
      x: node.position('x'),
      y: node.position('y'),
      ...nodeBox(node.data()),
    })),
    edges: cy.edges().map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
      weight: tieWeight(edge),
    })),
  };
}

/**
 * While the worker arranges a fresh scene, its nodes wait on a grid rather than in
 * one heap. The viewport is set from the grid's known size: fitting would measure
 * every element (labels, edges), which on a large scene costs more than the layout.
 */
function spreadOnGrid(cy: Core, nodes: NodeCollection): void {
  const columns = Math.ceil(Math.sqrt(nodes.length));
  const step = 60;
  cy.batch(() => {
    nodes.forEach((node, index) => {
      node.position({ x: (index % columns) * step, y: Math.floor(index / columns) * step });
    });
  });
  const side = columns * step;
  const fits = Math.min((cy.width() - 2 * PADDING) / side, (cy.height() - 2 * PADDING) / side);
  const zoom = Math.max(cy.minZoom(), Math.min(fits, 1));
  cy.viewport({
    zoom,
    pan: { x: (cy.width() - side * zoom) / 2, y: (cy.height() - side * zoom) / 2 },
  });
}
