import type { StylesheetJson } from 'cytoscape';
import type { RelationshipType } from '../../graph-schema/index.ts';
import type { CanvasColours } from './network-style.ts';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/**
 * Relationship type -> line style. Ties between people and organisations are solid,
 * advice and influence dashed (they only flow one way), press coverage dotted.
 */
export const LINE_STYLES: Readonly<Record<RelationshipType, LineStyle>> = {
  KNOWS: 'solid',
  WORKS_FOR: 'solid',
  SUPPLIES: 'solid',
  PARTNERS_WITH: 'dotted',
  MANAGES: 'solid',
  ADVISES: 'dashed',
  INFLUENCES: 'dashed',
  REPORTS_ON: 'dotted',
};

export type Block = StylesheetJson extends readonly (infer B)[] ? B : never;

/**
 * Edges: width from strength, line style from type (LINE_STYLES, carried in the
 * data), arrows where direction matters. Properties left at Cytoscape's default
 * (no arrow, solid line) are not set: each set property costs a style update per element.
 *
 * A large scene's edges are haystack lines from afar: centre to centre under the
 * nodes, with no intersection of each end with its node's shape, which on the
 * 2,000-node scene was about a quarter of the first picture's cost. Arrows need
 * the ends on the outline, and are too small to see at that zoom anyway; zoomed
 * in near (the `near` class, canvas-layout.ts) the edges are straight and have them.
 */
export function edgeStyle(colours: CanvasColours, large: boolean): Block[] {
  // Haystack edges draw no arrows: from afar a large scene's edges are not given them at all.
  const arrowed = large ? 'edge.near' : 'edge';
  return [
    {
      selector: 'edge',
      style: {
        width: 'mapData(strength, 0, 1, 0.6, 4.5)',
        'line-color': colours.edge,
        'curve-style': large ? 'haystack' : 'bezier',
        opacity: 0.8,
      },
    },
    ...(large ? [{ selector: 'edge.near', style: { 'curve-style': 'straight' as const } }] : []),
    // Solid is the default: most edges are left without the property.
    {
      selector: 'edge[lineStyle != "solid"]',
      // Cytoscape's types leave out data() mappers for keyword properties; it reads them.
      style: { 'line-style': 'data(lineStyle)' as LineStyle },
    },
    {
      // Influence flows source -> target only: a full arrow head.
      selector: `${arrowed}[directed = 1]`,
      style: {
        'target-arrow-shape': 'triangle',
        'target-arrow-color': colours.edge,
        'arrow-scale': 0.9,
      },
    },
    {
      // Works for / supplies / manages: influence flows both ways, the relation has a reading direction.
      selector: `${arrowed}[semantic = 1]`,
      style: {
        'target-arrow-shape': 'vee',
        'target-arrow-color': colours.edge,
        'arrow-scale': 0.6,
      },
    },
    { selector: 'edge[type = "MANAGES"]', style: { 'line-color': colours.manages } },
    {
      selector: 'edge:selected',
      style: { 'line-color': colours.accent, 'target-arrow-color': colours.accent, opacity: 1 },
    },
  ];
}
