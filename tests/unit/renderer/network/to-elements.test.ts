import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import {
  sceneElements,
  toElements,
  type Neighbourhood,
} from '../../../../renderer/network/to-elements.ts';
import { networkStyle, STANCE_COLOURS } from '../../../../renderer/network/network-style.ts';
import { KIND_STYLES } from '../../../../renderer/network/kind-style.ts';
import { NODE_KINDS, isOrganisationKind } from '../../../../graph-schema/index.ts';
import { TEST_COLOURS as colours } from './test-colours.ts';

const hood: Neighbourhood = {
  node: { id: 'acme', kind: 'Customer', name: 'ACME GmbH', tags: [], keyAccount: true },
  neighbours: [
    { id: 'anna', kind: 'Contact', name: 'Anna Berg', tags: [] },
    { id: 'kai', kind: 'Influencer', name: 'Kai Roth', tags: [] },
  ],
  relationships: [
    { id: 'r1', type: 'WORKS_FOR', source: 'anna', target: 'acme', strength: 0.8 },
    { id: 'r2', type: 'ADVISES', source: 'kai', target: 'acme', strength: 0.7 },
    { id: 'r3', type: 'KNOWS', source: 'anna', target: 'outside', strength: 0.5 },
  ],
  total: 2,
};

describe('toElements', () => {
  const elements = toElements(hood, 'de');
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('marks the focus, the family and key accounts for the stylesheet', () => {
    expect(nodes.map((n) => n.data.id)).toEqual(['acme', 'anna', 'kai']);
    expect(nodes[0]?.data).toMatchObject({ focus: 1, family: 'organisation', keyAccount: 1 });
    expect(nodes[1]?.data).toMatchObject({ focus: 0, family: 'person', keyAccount: 0 });
  });

  it('draws only relationships whose both ends are in the scene, directed types flagged', () => {
    expect(edges.map((e) => e.data.id)).toEqual(['rel:r1', 'rel:r2']);
    expect(edges[0]?.data).toMatchObject({ directed: 0, label: 'arbeitet für', strength: 0.8 });
    expect(edges[1]?.data).toMatchObject({ directed: 1, label: 'berät' });
  });
});

describe('kind styles', () => {
  it('gives organisations angular shapes and people round ones, each kind its own colour', () => {
    for (const kind of NODE_KINDS) {
      expect(KIND_STYLES[kind].shape === 'ellipse').toBe(!isOrganisationKind(kind));
    }
    expect(new Set(NODE_KINDS.map((k) => KIND_STYLES[k].color)).size).toBe(NODE_KINDS.length);
  });

  it('draws each kind with its shape and colour, sizes by tier and key account', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: networkStyle(colours),
      elements: sceneElements(
        {
          nodes: [
            ...NODE_KINDS.map((kind) => ({ id: kind, kind, name: kind, tags: [] })),
            { id: 'b', kind: 'Customer', name: 'B', tags: [], tier: 'B' },
            { id: 'k', kind: 'Customer', name: 'K', tags: [], tier: 'C', keyAccount: true },
            { id: 's', kind: 'Contact', name: 'S', tags: [], stance: 'opponent' },
          ],
          relationships: [],
        },
        null,
        'en',
      ),
    });
    cy.nodes().addClass('near');
    for (const kind of NODE_KINDS) {
      const node = cy.getElementById(kind);
      expect(node.style('shape')).toBe(KIND_STYLES[kind].shape);
      expect(node.style('background-color')).toBe(rgb(KIND_STYLES[kind].color));
      expect(node.style('border-width')).toBe('0px');
    }
    expect(cy.getElementById('Contact').width()).toBe(26);
    expect(cy.getElementById('Customer').width()).toBe(34);
    expect(cy.getElementById('b').width()).toBe(38);
    expect(cy.getElementById('k').width()).toBe(52);
    expect(cy.getElementById('k').style('font-weight')).toBe('bold');
    expect(cy.getElementById('s').style('border-width')).toBe('3px');
    expect(cy.getElementById('s').style('border-color')).toBe(rgb(STANCE_COLOURS.opponent));
    cy.destroy();
  });
});

/** '#2f6690' as Cytoscape reports a colour: 'rgb(47,102,144)'. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
