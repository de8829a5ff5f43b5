import { describe, expect, it } from 'vitest';
import { toElements, type Neighbourhood } from '../../../../renderer/network/to-elements.ts';
import { networkStyle } from '../../../../renderer/network/network-style.ts';
import { KIND_STYLES } from '../../../../renderer/network/kind-style.ts';
import { NODE_KINDS, isOrganisationKind } from '../../../../graph-schema/index.ts';

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

  it('has a selector per kind in the stylesheet', () => {
    const style = networkStyle({
      text: '#000',
      textHalo: '#fff',
      edge: '#999',
      accent: '#00f',
      manages: '#0a0',
      denied: '#f00',
      lit: '#fa0',
    });
    const selectors = style.map((block) => ('selector' in block ? block.selector : ''));
    for (const kind of NODE_KINDS) expect(selectors).toContain(`node[kind = "${kind}"]`);
  });
});
