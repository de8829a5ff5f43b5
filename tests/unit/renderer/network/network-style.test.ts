import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { followZoomForLabels } from '../../../../renderer/network/canvas-layout.ts';
import { networkStyle } from '../../../../renderer/network/network-style.ts';
import { sceneElements, type Scene } from '../../../../renderer/network/to-elements.ts';
import { TEST_COLOURS as colours } from './test-colours.ts';

// Two relationships between the same two people, one of them directed.
const scene: Scene = {
  nodes: [
    { id: 'a', kind: 'Contact', name: 'Anna Acker', tags: [] },
    { id: 'b', kind: 'Contact', name: 'Bernd Berg', tags: [] },
  ],
  relationships: [
    { id: 'k', type: 'KNOWS', source: 'a', target: 'b', strength: 0.5 },
    { id: 'i', type: 'INFLUENCES', source: 'a', target: 'b', strength: 0.7 },
  ],
};

function styled(large: boolean) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: networkStyle(colours, large),
    elements: sceneElements(scene, null, 'en'),
  });
}

describe('networkStyle', () => {
  it('fans parallel edges out in a small scene and draws them straight in a large one', () => {
    const small = styled(false);
    const large = styled(true);
    for (const id of ['rel:k', 'rel:i']) {
      expect(small.getElementById(id).style('curve-style')).toBe('bezier');
      expect(large.getElementById(id).style('curve-style')).toBe('straight');
    }
    // The meaning stays: a directed type keeps its arrow, line styles their pattern.
    expect(large.getElementById('rel:i').style('target-arrow-shape')).toBe('triangle');
    expect(large.getElementById('rel:i').style('line-style')).toBe('dashed');
    small.destroy();
    large.destroy();
  });

  it('draws names only when zoomed in enough to read them, for nodes added at either zoom', () => {
    const cy = styled(true);
    cy.zoom(0.3);
    const stop = followZoomForLabels(cy);
    const anna = cy.getElementById('a');
    expect(anna.style('label')).toBe('');
    cy.add({ group: 'nodes', data: { id: 'c', label: 'Carl Cramer' } });
    expect(cy.getElementById('c').style('label')).toBe('');
    cy.zoom(1);
    expect(anna.style('label')).toBe('Anna Acker');
    expect(anna.style('font-size')).toBe('11px');
    cy.add({ group: 'nodes', data: { id: 'd', label: 'Dora Dahl' } });
    expect(cy.getElementById('d').style('label')).toBe('Dora Dahl');
    cy.zoom(0.5);
    expect(cy.getElementById('d').style('label')).toBe('');
    stop();
    cy.destroy();
  });
});
