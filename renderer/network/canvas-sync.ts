import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import { setClass } from './element-classes.ts';

/** Below this share of kept nodes a fresh layout reads better than patching in. */
const KEEP_SHARE = 0.5;
const GOLDEN_ANGLE = 2.399963;

/**
 * Bring the canvas to `elements` without throwing away what is already there:
 * existing elements keep their position and get fresh data, gone ones are
 * removed, new ones added. Says whether the scene changed so much that it
 * deserves a full layout.
 */
export function syncElements(
  cy: Core,
  elements: readonly ElementDefinition[],
): {
  added: NodeCollection;
  needsLayout: boolean;
} {
  const wanted = new Set(elements.map((element) => String(element.data.id)));
  const wantedNodes = elements.filter((element) => element.group === 'nodes').length;
  let kept = 0;
  let added = cy.collection() as NodeCollection;
  cy.batch(() => {
    cy.elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
    const fresh: ElementDefinition[] = [];
    for (const element of elements) {
      const existing = cy.getElementById(String(element.data.id));
      if (existing.empty()) fresh.push(element);
      else {
        // Setting data restyles the element (and redraws its edges) even when nothing
        // changed; a scene update usually changes a handful of the elements it holds.
        if (!sameData(existing.data() as Record<string, unknown>, element.data))
          existing.data(element.data);
        if (element.group === 'nodes') kept += 1;
      }
    }
    added = cy.add(fresh).nodes();
  });
  return { added, needsLayout: wantedNodes > 0 && kept < wantedNodes * KEEP_SHARE };
}

function sameData(held: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  for (const key in wanted) if (held[key] !== wanted[key]) return false;
  return true;
}

/** Put each new node in a small ring around the kept nodes it is linked to. */
export function placeNear(cy: Core, added: NodeCollection): void {
  const addedIds = new Set(added.map((node) => node.id()));
  const centre = { x: cy.extent().x1 + cy.extent().w / 2, y: cy.extent().y1 + cy.extent().h / 2 };
  added.forEach((node, index) => {
    const anchors = node
      .neighborhood()
      .nodes()
      .filter((other) => !addedIds.has(other.id()))
      .nodes();
    let base = centre;
    if (anchors.nonempty()) {
      let x = 0;
      let y = 0;
      anchors.forEach((anchor) => {
        x += anchor.position('x');
        y += anchor.position('y');
      });
      base = { x: x / anchors.length, y: y / anchors.length };
    }
    const radius = 70 + 8 * Math.sqrt(index);
    node.position({
      x: base.x + radius * Math.cos(index * GOLDEN_ANGLE),
      y: base.y + radius * Math.sin(index * GOLDEN_ANGLE),
    });
  });
}

/**
 * Light up the given ids and fade the rest; an empty highlight clears it. Only
 * elements whose state changes are restyled (setClass): moving from one path to
 * the next leaves most of the scene faded as it was.
 */
export function applyHighlight(
  cy: Core,
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null,
): void {
  cy.batch(() => {
    const all = cy.elements();
    const lit = highlight
      ? all.filter((element) =>
          (element.isNode() ? highlight.nodes : highlight.edges).has(element.id()),
        )
      : cy.collection();
    const faded = highlight ? all.not(lit) : cy.collection();
    setClass(lit, 'lit', true);
    setClass(all.not(lit), 'lit', false);
    setClass(faded, 'dimmed', true);
    setClass(all.not(faded), 'dimmed', false);
  });
}
