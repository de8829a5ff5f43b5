import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { relationshipId } from '../../../graph-schema/index.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import { loadDemo } from '../../../electron/backend/demo/load-demo.ts';
import { DEMO_ROUTE, demoNetwork } from '../../../electron/backend/demo/demo-network.ts';

const network = demoNetwork();
let dir: string;
let store: GraphStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-demo-'));
  store = await openEmbeddedStore(join(dir, 'demo.db'));
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadDemo into the embedded store', () => {
  it('writes every stakeholder, relationship and interaction of the demo network', async () => {
    const summary = await loadDemo(store);
    expect(summary.nodes.created).toBe(network.nodes.length);
    expect(summary.relationships.created).toBe(network.relationships.length);
    expect(summary.interactions).toBe(network.interactions.length);
    const counts = await store.counts();
    expect(counts).toMatchObject({
      nodes: network.nodes.length,
      relationships: network.relationships.length,
      interactions: network.interactions.length,
    });
    expect(counts.byKind.Customer).toBe(network.nodes.filter((n) => n.kind === 'Customer').length);
  });

  it('changes nothing when loaded a second time', async () => {
    await loadDemo(store);
    const again = await loadDemo(store);
    expect(again.nodes.created).toBe(0);
    expect(again.relationships.created).toBe(0);
    expect(again.interactions).toBe(0);
    expect((await store.counts()).interactions).toBe(network.interactions.length);
  });

  it('is searchable without diacritics and keeps the closed loop dates', async () => {
    await loadDemo(store);
    const hits = await store.search({ text: 'muller' });
    expect(hits.map((h) => h.name)).toEqual(
      expect.arrayContaining(['Sven Müller', 'Andrea Müller']),
    );
    const tie = await store.getRelationship(
      relationshipId('KNOWS', DEMO_ROUTE.colleague, DEMO_ROUTE.planner),
    );
    expect(tie?.lastContact).toBe('2026-10-14');
    const logged = await store.interactionsOf(DEMO_ROUTE.planner, 50);
    expect(
      logged.some((i) => i.date === '2026-10-14' && i.participants.includes(DEMO_ROUTE.colleague)),
    ).toBe(true);
  });
});
