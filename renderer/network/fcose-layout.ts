import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FCOSE_FORCES } from './fcose-forces.ts';
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
 * fcose on a headless Cytoscape: a from-scratch layout first as a spectral draft
 * (fast, already readable, sent as progress), then the force-directed refinement
 * from there. Throws on failure; the caller answers with 'failed'.
 */
export function fcoseLayout(request: LayoutRequest, send: (reply: LayoutReply) => void): void {
  const { requestId } = request;
  const cy = headless(request);
  try {
    if (request.randomize) {
      fcoseRun(cy, 'draft', true);
      send({ type: 'progress', requestId, step: 1, steps: 2, positions: positionsOf(cy, request) });
    }
    fcoseRun(cy, 'default', false);
    send({ type: 'done', requestId, positions: positionsOf(cy, request) });
  } finally {
    cy.destroy();
  }
}
