import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { applyHighlight, syncElements } from '../../../../renderer/network/canvas-sync.ts';
import { sceneElements, type Scene } from '../../../../renderer/network/to-elements.ts';

const scene: Scene = {
  nodes: [
    { id: 'a', kind: 'Contact', name: 'Anna Acker', tags: [] },
    { id: 'b', kind: 'Customer', name: 'Kunde AG', tags: [] },
  ],
  relationships: [{ id: 'r1', type: 'WORKS_FOR', source: 'a', target: 'b', strength: 0.5 }],
};

describe('syncElements', () => {
  it('touches only the elements whose data changed', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, sceneElements(scene, 'a', 'en'));
    const changed: string[] = [];
    cy.on('data', (event) => void changed.push(String(event.target.id())));

    // The same scene again: nothing to restyle.
    const again = syncElements(cy, sceneElements(scene, 'a', 'en'));
    expect(changed).toEqual([]);
    expect(again.added.length).toBe(0);

    // A renamed node and a stronger tie: exactly those two.
    const edited: Scene = {
      nodes: [{ ...scene.nodes[0]!, name: 'Anna Acker-Berg' }, scene.nodes[1]!],
      relationships: [{ ...scene.relationships[0]!, strength: 0.9 }],
    };
    syncElements(cy, sceneElements(edited, 'a', 'en'));
    expect(new Set(changed)).toEqual(new Set(['a', 'rel:r1']));
    expect(cy.getElementById('a').data('name')).toBe('Anna Acker-Berg');
    expect(cy.getElementById('rel:r1').data('strength')).toBe(0.9);
    cy.destroy();
  });
});

describe('applyHighlight', () => {
  const chain: Scene = {
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, kind: 'Contact', name: id, tags: [] })),
    relationships: [
      { id: 'ab', type: 'KNOWS', source: 'a', target: 'b', strength: 0.5 },
      { id: 'bc', type: 'KNOWS', source: 'b', target: 'c', strength: 0.5 },
      { id: 'cd', type: 'KNOWS', source: 'c', target: 'd', strength: 0.5 },
    ],
  };
  const path = (nodes: string[], edges: string[]) => ({
    nodes: new Set(nodes),
    edges: new Set(edges.map((id) => `rel:${id}`)),
  });
  const lit = (cy: cytoscape.Core) =>
    cy
      .elements('.lit')
      .map((element) => element.id())
      .sort();

  it('lights a path, fades the rest, and restyles only what changes from one path to the next', () => {
    const cy = cytoscape({ headless: true, elements: sceneElements(chain, null, 'en') });
    applyHighlight(cy, path(['a', 'b'], ['ab']));
    expect(lit(cy)).toEqual(['a', 'b', 'rel:ab']);
    expect(cy.elements('.dimmed')).toHaveLength(4);

    const restyled: string[] = [];
    cy.on('class', (event) => void restyled.push(event.target.id()));
    applyHighlight(cy, path(['b', 'c'], ['bc']));
    expect(lit(cy)).toEqual(['b', 'c', 'rel:bc']);
    // a and ab fade, c and bc light up; b stays lit and d, cd stay faded untouched.
    expect(new Set(restyled)).toEqual(new Set(['a', 'rel:ab', 'c', 'rel:bc']));

    applyHighlight(cy, null);
    expect(cy.elements('.lit, .dimmed')).toHaveLength(0);
    cy.destroy();
  });
});
