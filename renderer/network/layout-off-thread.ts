import type { Core, NodeCollection } from 'cytoscape';
import type { LayoutClient } from './layout-client.ts';
import { REFINE_UP_TO } from './fcose-forces.ts';
import type { PositionArray } from './layout-protocol.ts';

/** From this many nodes on, the organic layout runs in the worker. */
export const WORKER_FROM = 150;
/** Up to this many nodes the final positions glide into place; more would stutter. */
const ANIMATE_UP_TO = 400;
const PADDING = 40;

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

function applyPositions(nodes: NodeCollection, positions: PositionArray, animate: boolean): void {
  const byId = new Map<string, { x: number; y: number }>();
  nodes.forEach((node, index) => {
    byId.set(node.id(), { x: positions[index * 2] ?? 0, y: positions[index * 2 + 1] ?? 0 });
  });
  // Nodes removed while the worker ran are skipped; nodes added since keep their place.
  const still = nodes.filter((node) => !node.removed());
  still
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
 * The organic layout in the worker: the canvas stays usable meanwhile, shows the
 * draft as soon as it exists and the final picture at the end. A from-scratch run
 * first spreads the nodes on a grid so nothing sits in one heap while waiting.
 */
export function runOffThread(cy: Core, randomize: boolean, control: OffThread): void {
  const run = (latestRun.get(cy) ?? 0) + 1;
  latestRun.set(cy, run);
  const nodes = cy.nodes();
  if (randomize) cy.layout({ name: 'grid', fit: true, padding: PADDING, animate: false }).run();
  const request = {
    randomize,
    nodes: nodes.map((node) => ({
      id: node.id(),
      x: node.position('x'),
      y: node.position('y'),
      width: node.width(),
      height: node.height(),
    })),
    edges: cy.edges().map((edge) => ({
      id: edge.id(),
      source: edge.source().id(),
      target: edge.target().id(),
    })),
  };
  const total = randomize && nodes.length <= REFINE_UP_TO ? 2 : 1;
  control.onProgress({ step: 0, steps: total, nodes: nodes.length });
  control.client
    .run(request, {
      onProgress: (step, steps, positions) => {
        if (positions) applyPositions(nodes, positions, false);
        control.onProgress({ step, steps, nodes: nodes.length });
      },
    })
    .then((outcome) => {
      if (outcome.status === 'done') {
        applyPositions(nodes, outcome.positions, nodes.length <= ANIMATE_UP_TO);
      }
    })
    .catch(control.onError)
    .finally(() => {
      // A superseded run settles after its successor started: leave the indicator to that one.
      if (latestRun.get(cy) !== run) return;
      control.onProgress(null);
      control.onSettled();
    });
}
