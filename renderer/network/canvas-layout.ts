import type { Core, EventObject, LayoutOptions, NodeSingular, Singular } from 'cytoscape';
import { FCOSE_FORCES } from './fcose-forces.ts';
import { setClass } from './element-classes.ts';
import { runOffThread, WORKER_FROM, type OffThread } from './layout-off-thread.ts';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

const MAX_FIT_ZOOM = 1.4;
const PADDING = 40;

function options(
  cy: Core,
  name: LayoutName,
  focusId: string | null,
  randomize = true,
): LayoutOptions {
  const focus = focusId === null ? cy.collection() : cy.getElementById(focusId);
  if (name === 'concentric') {
    const near = new Set(
      focus
        .neighborhood()
        .nodes()
        .map((node) => node.id()),
    );
    return {
      name,
      animate: false,
      fit: true,
      padding: PADDING,
      minNodeSpacing: 28,
      // The selected account in the middle, its direct contacts next, the rest outside.
      concentric: (node: NodeSingular) => (node.id() === focusId ? 3 : near.has(node.id()) ? 2 : 1),
      levelWidth: () => 1,
    } as LayoutOptions;
  }
  if (name === 'breadthfirst') {
    const us = cy.nodes('[kind = "Colleague"], [kind = "OwnCompany"]');
    return {
      name,
      animate: false,
      fit: true,
      padding: PADDING,
      directed: false,
      spacingFactor: 1.1,
      roots: us.nonempty() ? us : focus,
    } as LayoutOptions;
  }
  return {
    name: cy.nodes().length > 2 ? 'fcose' : 'grid',
    animate: false,
    randomize,
    fit: true,
    padding: PADDING,
    ...FCOSE_FORCES,
  } as LayoutOptions;
}

/**
 * Lay out the whole scene; a small scene is not blown up beyond reading size.
 * The organic layout of a large scene runs in the worker (`offThread`), the
 * others are quick enough for the UI thread.
 */
export function runLayout(
  cy: Core,
  name: LayoutName,
  focusId: string | null,
  randomize = true,
  offThread?: Omit<OffThread, 'onSettled'>,
): void {
  if (cy.nodes().empty()) return;
  if (offThread && name === 'fcose' && cy.nodes().length >= WORKER_FROM) {
    runOffThread(cy, randomize, { ...offThread, onSettled: () => clampZoom(cy) });
    return;
  }
  // A layout still running in the worker would overwrite this one when it ends.
  offThread?.client.cancel();
  const layout = cy.layout(options(cy, name, focusId, randomize));
  layout.one('layoutstop', () => clampZoom(cy));
  layout.run();
}

export function clampZoom(cy: Core): void {
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Fit the selected nodes (or everything, when nothing is selected). */
export function zoomToSelection(cy: Core): void {
  const selected = cy.nodes(':selected');
  cy.fit(selected.nonempty() ? selected.closedNeighborhood() : undefined, 60);
  clampZoom(cy);
}

/** Below this zoom an 11px name would draw under 8px (the canvas renderer's min-zoomed-font-size). */
const NEAR_ZOOM = 8 / 11;

/**
 * Detail only when zoomed in enough to see it: the `near` class carries node
 * labels and, in a large scene, edges that end at the outline with their arrows
 * (network-style.ts, edge-style.ts). Both renderers need it: the WebGL one has no
 * min-zoomed-font-size, and for the canvas one a scene seen from afar is styled
 * without any label properties, which on a large scene is much of its style work.
 */
export function followZoomForDetail(cy: Core): () => void {
  let near: boolean | null = null;
  const update = () => {
    const next = cy.zoom() >= NEAR_ZOOM;
    if (next === near) return;
    near = next;
    cy.batch(() => setClass(cy.elements(), 'near', next));
  };
  // Added elements are tagged once the adding code has run: a large scene arrives
  // while the view is still near and is zoomed out right after (runOffThread), and
  // tagging then untagging its thousands of elements cost a style pass each.
  let added: Singular[] = [];
  let following = true;
  const tagAdded = () => {
    const tagged = added;
    added = [];
    if (following && near === true) cy.batch(() => tagged.forEach((ele) => ele.addClass('near')));
  };
  const onAdd = (event: EventObject) => {
    if (added.length === 0) queueMicrotask(tagAdded);
    added.push(event.target as Singular);
  };
  cy.on('zoom', update);
  cy.on('add', onAdd);
  update();
  return () => {
    following = false;
    cy.off('zoom', update);
    cy.off('add', onAdd);
  };
}
