import { describe, expect, it } from 'vitest';
import type { PathsOutput } from '../../../../shared/domain/analysis.schema.ts';
import { highlightOf, mergeScenes, pathScene } from '../../../../renderer/paths/path-scene.ts';

type Hop = PathsOutput['paths'][number]['explanation'][number];

function hop(from: string, to: string, id: string, walked: Hop['walked'], name: string): Hop {
  return {
    from,
    to,
    relationshipId: id,
    type: walked === 'forward' ? 'KNOWS' : 'WORKS_FOR',
    strength: 0.8,
    lastContact: '2026-10-14',
    contactAgeDays: 39,
    recencyFactor: 0.93,
    weight: 0.74,
    walked,
    origin: null,
    reached: {
      id: to,
      name,
      kind: 'Contact',
      stance: 'champion',
      consent: 'denied',
      source: 'CRM',
      role: 'intermediary',
    },
  };
}

// Brenner knows Lindner; Hansen works for Hansa (walked against its direction).
const answer: PathsOutput = {
  paths: [
    {
      score: 0.5,
      hops: 2,
      nodes: ['brenner', 'lindner', 'hansen'],
      relationships: [],
      explanation: [
        hop('brenner', 'lindner', 'r1', 'forward', 'Heike Lindner'),
        hop('lindner', 'hansen', 'r2', 'forward', 'Friedrich Hansen'),
      ],
    },
    {
      score: 0.2,
      hops: 2,
      nodes: ['brenner', 'hansa', 'hansen'],
      relationships: [],
      explanation: [
        hop('brenner', 'hansa', 'r3', 'forward', 'Hansa AG'),
        hop('hansa', 'hansen', 'r4', 'backward', 'Friedrich Hansen'),
      ],
    },
  ],
  excluded: [],
  stakeholders: [
    { id: 'brenner', name: 'Jonas Brenner', kind: 'Colleague' },
    { id: 'lindner', name: 'Heike Lindner', kind: 'Influencer' },
    { id: 'hansen', name: 'Friedrich Hansen', kind: 'Contact' },
    { id: 'hansa', name: 'Hansa AG', kind: 'Customer' },
  ],
  notes: [],
};

describe('pathScene', () => {
  it('adds every node and relationship on the paths, relationships in their own direction', () => {
    const scene = pathScene(answer);
    expect(scene.nodes.map((node) => node.id).sort()).toEqual([
      'brenner',
      'hansa',
      'hansen',
      'lindner',
    ]);
    const works = scene.relationships.find((rel) => rel.id === 'r4');
    expect(works).toMatchObject({ source: 'hansen', target: 'hansa', type: 'WORKS_FOR' });
    const knows = scene.relationships.find((rel) => rel.id === 'r1');
    expect(knows).toMatchObject({ source: 'brenner', target: 'lindner' });
  });

  it('carries stance and consent from the explanation so the canvas can mark them', () => {
    const lindner = pathScene(answer).nodes.find((node) => node.id === 'lindner');
    expect(lindner?.stance).toBe('champion');
    expect(lindner?.consent?.status).toBe('denied');
  });
});

describe('highlightOf', () => {
  it('lights all paths, or only the chosen one', () => {
    const all = highlightOf(answer.paths, null);
    expect([...all.nodes].sort()).toEqual(['brenner', 'hansa', 'hansen', 'lindner']);
    expect([...all.edges].sort()).toEqual(['rel:r1', 'rel:r2', 'rel:r3', 'rel:r4']);
    const second = highlightOf(answer.paths, 1);
    expect([...second.nodes].sort()).toEqual(['brenner', 'hansa', 'hansen']);
    expect([...second.edges].sort()).toEqual(['rel:r3', 'rel:r4']);
  });
});

describe('mergeScenes', () => {
  it('keeps one record per id, the later scene winning', () => {
    const thin = pathScene(answer);
    const full = {
      nodes: [
        { id: 'hansa', kind: 'Customer' as const, name: 'Hansa AG', tags: [], tier: 'A' as const },
      ],
      relationships: [],
    };
    const merged = mergeScenes(thin, full);
    expect(merged.nodes).toHaveLength(4);
    expect(merged.nodes.find((node) => node.id === 'hansa')?.tier).toBe('A');
  });
});
