import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysisService } from '../../../electron/backend/analysis/analysis-service.ts';
import {
  DEMO_AS_OF,
  DEMO_ROUTE,
  demoNetwork,
} from '../../../electron/backend/demo/demo-network.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { STACK_FRAME, xrm } from './run-xrm.ts';

const names = new Map(demoNetwork().nodes.map((node) => [node.id, node.name]));
const route = [DEMO_ROUTE.colleague, DEMO_ROUTE.planner, DEMO_ROUTE.decisionMaker] as const;
const escaped = (text: string | undefined) => (text ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-cli-analysis-'));
  db = join(dir, 'demo.db');
  expect(xrm('demo', '--db', db, '--json').status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function json<T>(...args: string[]): T {
  const run = xrm(...args, '--db', db, '--json');
  expect(run.stderr, args.join(' ')).toBe('');
  expect(run.status, args.join(' ')).toBe(0);
  return JSON.parse(run.stdout) as T;
}

interface PathsJson {
  paths: {
    score: number;
    hops: number;
    nodes: string[];
    relationships: { type: string; source: string; target: string; strength: number }[];
  }[];
  excluded: { id: string; reason: string }[];
}

function expectPathsShape(result: PathsJson): void {
  expect(Object.keys(result)).toEqual(expect.arrayContaining(['paths', 'excluded']));
  for (const path of result.paths) {
    expect(path.score).toBeGreaterThan(0);
    expect(path.hops).toBe(path.relationships.length);
    expect(path.nodes).toHaveLength(path.hops + 1);
    path.relationships.forEach((rel, i) => {
      expect(Object.keys(rel).sort()).toEqual(['source', 'strength', 'target', 'type']);
      // Each relationship joins consecutive nodes, in whichever direction it is stored.
      expect([rel.source, rel.target].sort()).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
    });
  }
  for (const entry of result.excluded)
    expect(entry).toMatchObject({ id: expect.any(String), reason: expect.any(String) });
}

describe('xrm paths, influencers, centrality, communities', { timeout: 180_000 }, () => {
  it('paths --json: DESIGN.md shape, the documented route first', () => {
    const result = json<PathsJson>('paths', '--to', DEMO_ROUTE.account, '--as-of', DEMO_AS_OF);
    expectPathsShape(result);
    expect(result.paths[0]!.nodes).toEqual(route);
    const limited = json<PathsJson>(
      'paths',
      '--to',
      DEMO_ROUTE.account,
      '--k',
      '2',
      '--max-hops',
      '2',
    );
    expect(limited.paths.length).toBeLessThanOrEqual(2);
    for (const path of limited.paths) expect(path.hops).toBeLessThanOrEqual(2);
  });

  it('paths --json reports the people left out for consent, as the service does', async () => {
    const store = await openEmbeddedStore(db);
    let target: string | undefined;
    let expected: { id: string; reason: string }[] = [];
    try {
      const service = createAnalysisService(store);
      for await (const batch of store.streamNodes()) {
        for (const node of batch.filter((n) => n.kind === 'Customer')) {
          const found = await service.findPaths({ to: node.id, asOf: DEMO_AS_OF });
          if (!target && found.excluded.length > 0) {
            target = node.id;
            expected = found.excluded.map(({ id, reason }) => ({ id, reason }));
          }
        }
      }
    } finally {
      await store.close();
    }
    expect(target).toBeDefined();
    const result = json<PathsJson>('paths', '--to', target!, '--as-of', DEMO_AS_OF);
    expectPathsShape(result);
    expect(result.excluded.map(({ id, reason }) => ({ id, reason }))).toEqual(expected);
    for (const path of result.paths)
      for (const e of expected) expect(path.nodes).not.toContain(e.id);
  });

  it('paths for people: each route with names and the hop explanation indented', () => {
    const run = xrm(
      'paths',
      '--to',
      DEMO_ROUTE.account,
      '--as-of',
      DEMO_AS_OF,
      '--k',
      '1',
      '--db',
      db,
    );
    expect(run.status).toBe(0);
    const best = json<PathsJson>(
      'paths',
      '--to',
      DEMO_ROUTE.account,
      '--as-of',
      DEMO_AS_OF,
      '--k',
      '1',
    ).paths[0]!;
    const line = best.relationships.reduce(
      (text, rel, i) => `${text} —${rel.type} ${rel.strength}→ ${names.get(best.nodes[i + 1]!)}`,
      `${best.score.toFixed(3)}  ${names.get(best.nodes[0]!)}`,
    );
    expect(run.stdout).toContain(line);
    expect(run.stdout).toMatch(
      new RegExp(
        `\\n {4,}${escaped(names.get(route[0]))} → ${escaped(names.get(route[1]))}: KNOWS`,
      ),
    );
  });

  it('refuses an unknown id with exit 1 and bad numbers with exit 2, without a stack', () => {
    const unknown = xrm('paths', '--to', 'cust-atlantis', '--db', db);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('cust-atlantis');
    for (const args of [
      ['--k', '0'],
      ['--k', 'five'],
      ['--k', '51'],
      ['--max-hops', '7'],
      ['--as-of', '2026-02-30'],
    ]) {
      const run = xrm('paths', '--to', DEMO_ROUTE.account, ...args, '--db', db);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(args[1]);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
    expect(xrm('paths', '--db', db).status).toBe(2);
    expect(xrm('influencers', '--account', 'nobody', '--db', db).status).toBe(1);
    expect(xrm('centrality', '--metric', 'fame', '--db', db).status).toBe(2);
  });

  it('influencers: brokers, key-person risk and coverage, as JSON and as tables', () => {
    const result = json<{
      brokers: { id: string }[];
      risks: { id: string; drop: number }[];
      coverage: { reachable: { id: string }[] };
    }>('influencers', '--account', DEMO_ROUTE.account, '--as-of', DEMO_AS_OF);
    expect(result.brokers.map((b) => b.id)).toContain(DEMO_ROUTE.planner);
    expect(result.risks[0]!.id).toBe(DEMO_ROUTE.planner);
    expect(result.coverage.reachable.map((m) => m.id)).toContain(DEMO_ROUTE.decisionMaker);
    const human = xrm(
      'influencers',
      '--account',
      DEMO_ROUTE.account,
      '--as-of',
      DEMO_AS_OF,
      '--db',
      db,
    );
    expect(human.status).toBe(0);
    for (const heading of ['Brokers', 'Key-person risk', 'Buying-centre coverage'])
      expect(human.stdout).toContain(heading);
    expect(human.stdout).toContain(names.get(DEMO_ROUTE.planner)!);
  });

  it('centrality --json: {metric, scores: [{id, name, score}]} sorted by score, filters applied', () => {
    for (const metric of ['betweenness', 'pagerank', 'degree']) {
      const result = json<{
        metric: string;
        scores: { id: string; name: string; score: number }[];
      }>('centrality', '--metric', metric, '--limit', '10');
      expect(result.metric).toBe(metric);
      expect(result.scores).toHaveLength(10);
      for (const s of result.scores) expect(s.name).toBe(names.get(s.id));
      const values = result.scores.map((s) => s.score);
      expect(values).toEqual([...values].sort((a, b) => b - a));
    }
    const colleagues = json<{ scores: { id: string }[] }>(
      'centrality',
      '--metric',
      'degree',
      '--kind',
      'Colleague',
      '--limit',
      '1000',
    );
    const expected = demoNetwork().nodes.filter((n) => n.kind === 'Colleague').length;
    expect(colleagues.scores).toHaveLength(expected);
  });

  it('communities --json: every stakeholder in exactly one community', () => {
    const result = json<{
      count: number;
      communities: { size: number; members: { id: string }[] }[];
    }>('communities');
    expect(result.count).toBe(result.communities.length);
    expect(result.communities.reduce((n, c) => n + c.size, 0)).toBe(names.size);
    const human = xrm('communities', '--db', db);
    expect(human.stdout).toMatch(new RegExp(`^${result.count} communities, modularity`));
  });
});
