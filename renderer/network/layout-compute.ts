import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FCOSE_FORCES, REFINE_UP_TO } from './fcose-forces.ts';
import type { LayoutReply, LayoutRequest, PositionArray } from './layout-protocol.ts';

cytoscape.use(fcose);

function headless(request: LayoutRequest): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...request.nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id, width: node.width, height: node.height },
        position: { x: node.x, y: node.y },
      })),
      ...request.edges.map((edge) => ({
        group: 'edges' as const,
        data: { id: edge.id, source: edge.source, target: edge.target },
      })),
    ],
  });
}

function positionsOf(cy: Core, request: LayoutRequest): PositionArray {
  const out = new Float64Array(request.nodes.length * 2);
  request.nodes.forEach((node, index) => {
    const position = cy.getElementById(node.id).position();
    out[index * 2] = position.x;
    out[index * 2 + 1] = position.y;
  });
  return out;
}

function fcoseRun(cy: Core, quality: 'draft' | 'default', randomize: boolean): void {
  const options = {
    name: cy.nodes().length > 2 ? 'fcose' : 'grid',
    quality,
    randomize,
    animate: false,
    fit: false,
    ...FCOSE_FORCES,
  } as LayoutOptions;
  cy.layout(options).run();
}

/**
 * The organic (fcose) layout of one request, on a headless Cytoscape, in steps:
 * a from-scratch layout first gets a spectral draft (fast, already readable),
 * then, up to REFINE_UP_TO nodes, the force-directed refinement from there.
 * Synchronous: it runs in the worker.
 */
export function computeLayout(request: LayoutRequest, send: (reply: LayoutReply) => void): void {
  const { requestId } = request;
  try {
    const cy = headless(request);
    const refine = request.nodes.length <= REFINE_UP_TO;
    const steps = request.randomize && refine ? 2 : 1;
    if (request.randomize) {
      fcoseRun(cy, 'draft', true);
      if (refine)
        send({ type: 'progress', requestId, step: 1, steps, positions: positionsOf(cy, request) });
    }
    // A large scene keeps its draft, or (patched in) the places its new nodes were given.
    if (refine) fcoseRun(cy, 'default', false);
    send({ type: 'done', requestId, positions: positionsOf(cy, request) });
    cy.destroy();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    send({ type: 'failed', requestId, message });
  }
}
