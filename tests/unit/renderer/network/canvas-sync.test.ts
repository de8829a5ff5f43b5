import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { syncElements } from '../../../../renderer/network/canvas-sync.ts';
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
