import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { followZoomForDetail } from '../../../../renderer/network/canvas-layout.ts';
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

/** Added elements are tagged once the adding code has run (a microtask). */
const settled = () => Promise.resolve();

function styled(large: boolean) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: networkStyle(colours, large),
    elements: sceneElements(scene, null, 'en'),
  });
}

describe('networkStyle', () => {
  it('fans parallel edges out in a small scene and draws them straight in a large one', async () => {
    const small = styled(false);
    const large = styled(true);
    large.zoom(0.3);
    const stop = followZoomForDetail(large);
    for (const id of ['rel:k', 'rel:i']) {
      expect(small.getElementById(id).style('curve-style')).toBe('bezier');
      // From afar centre to centre: no end to fit to a node's outline, no arrow.
      expect(large.getElementById(id).style('curve-style')).toBe('haystack');
      expect(large.getElementById(id).style('target-arrow-shape')).toBe('none');
    }
    expect(small.getElementById('rel:i').style('target-arrow-shape')).toBe('triangle');
    large.zoom(1);
    expect(large.getElementById('rel:k').style('curve-style')).toBe('straight');
    // Near, the meaning shows: a directed type has its arrow, line styles their pattern.
    expect(large.getElementById('rel:i').style('target-arrow-shape')).toBe('triangle');
    expect(large.getElementById('rel:i').style('line-style')).toBe('dashed');
    large.add({ group: 'edges', data: { id: 'rel:new', source: 'a', target: 'b', strength: 0.5 } });
    await settled();
    expect(large.getElementById('rel:new').style('curve-style')).toBe('straight');
    stop();
    small.destroy();
    large.destroy();
  });

  it('draws names only when zoomed in enough to read them, for nodes added at either zoom', async () => {
    const cy = styled(true);
    cy.zoom(0.3);
    const stop = followZoomForDetail(cy);
    const anna = cy.getElementById('a');
    expect(anna.style('label')).toBe('');
    cy.add({ group: 'nodes', data: { id: 'c', label: 'Carl Cramer' } });
    await settled();
    expect(cy.getElementById('c').style('label')).toBe('');
    cy.zoom(1);
    expect(anna.style('label')).toBe('Anna Acker');
    expect(anna.style('font-size')).toBe('11px');
    cy.add({ group: 'nodes', data: { id: 'd', label: 'Dora Dahl' } });
    await settled();
    expect(cy.getElementById('d').style('label')).toBe('Dora Dahl');
    cy.zoom(0.5);
    expect(cy.getElementById('d').style('label')).toBe('');
    stop();
    cy.destroy();
  });

  it('restyles only the elements whose tag changes', () => {
    const cy = styled(true);
    cy.zoom(0.3);
    const restyled: string[] = [];
    cy.on('class', (event) => void restyled.push(event.target.id()));
    const stop = followZoomForDetail(cy);
    // Far from the start: no element had the tag, so none is restyled for losing it.
    expect(restyled).toEqual([]);
    cy.zoom(1);
    expect(restyled).toHaveLength(cy.elements().length);
    cy.zoom(2);
    expect(restyled).toHaveLength(cy.elements().length);
    stop();
    cy.destroy();
  });

  it('does not tag a scene that is zoomed out in the same task as it is added', async () => {
    const cy = styled(true);
    const stop = followZoomForDetail(cy); // zoom 1: near
    const everNear = new Set<string>();
    cy.on('class', (event) => {
      if (event.target.hasClass('near')) everNear.add(event.target.id());
    });
    cy.add({ group: 'nodes', data: { id: 'e', label: 'Emil Ernst' } });
    cy.zoom(0.2); // what runOffThread does for a large scene
    await settled();
    // Never tagged, so never restyled twice: only the elements that were there lose the tag.
    expect(everNear.has('e')).toBe(false);
    expect(cy.getElementById('e').style('label')).toBe('');
    stop();
    cy.destroy();
  });
});
