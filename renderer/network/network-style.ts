import type { StylesheetJson } from 'cytoscape';
import type { Stance } from '../../graph-schema/index.ts';
import { edgeStyle, type Block } from './edge-style.ts';
import type { KindStyle } from './kind-style.ts';

export interface CanvasColours {
  readonly text: string;
  readonly textHalo: string;
  readonly edge: string;
  readonly accent: string;
  readonly manages: string;
  readonly denied: string;
  readonly lit: string;
}

/** Stance -> ring colour, from champion green to opponent red. */
export const STANCE_COLOURS: Readonly<Record<Stance, string>> = {
  champion: '#2e9e5b',
  supporter: '#8cc084',
  neutral: '#a9b0bc',
  skeptic: '#e0a030',
  opponent: '#d64545',
};

/** Customer tier -> node size; key accounts are larger still and carry a ★. */
export const TIER_SIZES = { A: 44, B: 38, C: 32 } as const;
const KEY_ACCOUNT_SIZE = 52;
const PERSON_SIZE = 26;
const ORGANISATION_SIZE = { width: 34, height: 30 } as const;

/**
 * A node's drawn box as the stylesheet below sizes it, read from its data: the
 * layout worker needs sizes before Cytoscape has computed any style.
 */
export function nodeBox(data: { family?: unknown; tier?: unknown; keyAccount?: unknown }): {
  width: number;
  height: number;
} {
  if (data.keyAccount === 1) return { width: KEY_ACCOUNT_SIZE, height: KEY_ACCOUNT_SIZE * 0.86 };
  const tier = data.tier;
  if (tier === 'A' || tier === 'B' || tier === 'C') {
    return { width: TIER_SIZES[tier], height: TIER_SIZES[tier] * 0.86 };
  }
  if (data.family === 'organisation') return { ...ORGANISATION_SIZE };
  return { width: PERSON_SIZE, height: PERSON_SIZE };
}

/** Read the theme's CSS variables so the canvas follows light and dark mode. */
export function canvasColours(element: Element = document.documentElement): CanvasColours {
  const css = getComputedStyle(element);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1f2430'),
    textHalo: read('--surface', '#ffffff'),
    edge: read('--edge', '#9aa3b2'),
    accent: read('--accent', '#2f6690'),
    manages: read('--edge-manages', '#5f9f78'),
    denied: read('--danger', '#c0392b'),
    lit: read('--lit', '#e07b00'),
  };
}

function nodeBase(colours: CanvasColours): Block[] {
  return [
    {
      selector: 'node',
      style: {
        // Shape, colour and size per kind, tier and key account come with the data (to-elements.ts).
        // Cytoscape's types leave out data() mappers for keyword properties; it reads them.
        shape: 'data(shape)' as KindStyle['shape'],
        'background-color': 'data(colour)',
        width: 'data(width)',
        height: 'data(height)',
      },
    },
    {
      // Labels only near enough to read them (the `near` class, canvas-layout.ts).
      // Zoomed out their properties are not set at all: each set property costs a
      // style update per node, and a large scene always opens zoomed out.
      selector: 'node.near',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 11,
        color: colours.text,
        'text-valign': 'bottom' as const,
        'text-margin-y': 5,
        'text-outline-color': colours.textHalo,
        'text-outline-width': 2,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis' as const,
        // The canvas renderer's own cut-off, at the zoom where the class goes.
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'node.near[keyAccount = 1]',
      style: { 'font-weight': 'bold' as const, 'font-size': 12 },
    },
  ];
}

/**
 * The stylesheet; `large` for a scene from WEBGL_FROM elements on: its edges are
 * straight (haystack from afar, see edge-style.ts) instead of bezier. Bezier
 * edges between the same two nodes fan out, which
 * makes Cytoscape find every edge's parallel edges whenever a style or position
 * changes; on a 7,000-element scene that was half of the main thread's time to the
 * first picture, and at the zoom such a scene is seen at the fan is not visible.
 */
export function networkStyle(colours: CanvasColours, large = false): StylesheetJson {
  return [
    ...nodeBase(colours),
    {
      // The stance as a ring, its colour from the data (STANCE_COLOURS).
      selector: 'node[?ring]',
      style: { 'border-width': 3, 'border-color': 'data(ring)' },
    },
    {
      // No consent: a dashed red outline around the node plus ⊘ in its label.
      selector: 'node[consent = "denied"]',
      style: {
        'outline-width': 2,
        'outline-color': colours.denied,
        'outline-style': 'dashed',
        'outline-offset': 2,
      },
    },
    {
      selector: 'node[focus = 1]',
      style: {
        'underlay-color': colours.accent,
        'underlay-opacity': 0.16,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse' as const,
      },
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': colours.accent,
        'overlay-opacity': 0.14,
        'overlay-padding': 6,
        'overlay-shape': 'ellipse' as const,
      },
    },
    ...edgeStyle(colours, large),
    ...highlightStyle(colours),
  ];
}

/** Paths lit up: their elements in the highlight colour, everything else faded. */
function highlightStyle(colours: CanvasColours) {
  return [
    { selector: '.dimmed', style: { opacity: 0.15 } },
    {
      selector: 'node.lit',
      style: {
        'underlay-color': colours.lit,
        'underlay-opacity': 0.3,
        'underlay-padding': 5,
        'underlay-shape': 'ellipse' as const,
      },
    },
    {
      selector: 'edge.lit',
      style: {
        'line-color': colours.lit,
        'target-arrow-color': colours.lit,
        opacity: 1,
        width: 'mapData(strength, 0, 1, 3, 7)',
        'z-index': 10,
      },
    },
  ];
}
