import { describe, expect, it } from 'vitest';
import { findKBestPaths } from '../../../shared/analysis/index.ts';
import { AS_OF, scenarioGraph } from './stakeholder-scenario.ts';

// The typed-array index behind the path search is built once per graph; these
// tests change the graph after a first query and expect the change to count.
describe('the path index follows changes to the graph', () => {
  it('sees a relationship added after the first query', () => {
    const graph = scenarioGraph();
    expect(findKBestPaths(graph, { to: 'gatekeeper', asOf: AS_OF }).paths[0]!.hops).toBe(4);
    graph.addUndirectedEdgeWithKey('ben|KNOWS|gatekeeper', 'ben', 'gatekeeper', {
      id: 'ben|KNOWS|gatekeeper',
      type: 'KNOWS',
      source: 'ben',
      target: 'gatekeeper',
      strength: 0.95,
      flow: 'both',
    });
    expect(findKBestPaths(graph, { to: 'gatekeeper', asOf: AS_OF }).paths[0]!.nodes).toEqual([
      'ben',
      'gatekeeper',
    ]);
  });

  it('sees consent withdrawn after the first query', () => {
    const graph = scenarioGraph();
    expect(findKBestPaths(graph, { to: 'acme', asOf: AS_OF }).paths[0]!.nodes).toContain('carl');
    graph.setNodeAttribute('carl', 'consent', { status: 'denied' });
    const after = findKBestPaths(graph, { to: 'acme', asOf: AS_OF });
    expect(after.paths.some((p) => p.nodes.includes('carl'))).toBe(false);
    expect(after.excluded.map((e) => e.id)).toContain('carl');
  });
});
