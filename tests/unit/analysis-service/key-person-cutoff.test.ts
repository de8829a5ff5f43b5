import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysisService } from '../../../electron/backend/analysis/analysis-service.ts';
import {
  openEmbeddedStore,
  type EmbeddedStore,
} from '../../../electron/backend/store/open-embedded-store.ts';

/**
 * A network small enough to see by eye: one broker is the only way into two key
 * accounts, a second colleague reaches a third account on their own.
 */
let dir: string;
let store: EmbeddedStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-cutoff-'));
  store = await openEmbeddedStore(join(dir, 'cutoff.db'));
  const account = (id: string) => ({ id, kind: 'Customer', name: id, keyAccount: true }) as const;
  const person = (id: string, kind: 'Colleague' | 'Influencer' | 'Contact') =>
    ({ id, kind, name: id }) as const;
  await store.upsertBatch({
    nodes: [
      account('acc-a'),
      account('acc-b'),
      account('acc-c'),
      person('col-1', 'Colleague'),
      person('col-2', 'Colleague'),
      person('broker', 'Influencer'),
      person('con-a', 'Contact'),
      person('con-b', 'Contact'),
      person('con-c', 'Contact'),
    ],
    relationships: [
      { source: 'col-1', target: 'broker', type: 'KNOWS', strength: 0.9 },
      { source: 'broker', target: 'con-a', type: 'ADVISES', strength: 0.8 },
      { source: 'broker', target: 'con-b', type: 'ADVISES', strength: 0.7 },
      { source: 'col-2', target: 'con-c', type: 'KNOWS', strength: 0.6 },
      { source: 'con-a', target: 'acc-a', type: 'WORKS_FOR' },
      { source: 'con-b', target: 'acc-b', type: 'WORKS_FOR' },
      { source: 'con-c', target: 'acc-c', type: 'WORKS_FOR' },
    ],
  });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('key-person risk names the accounts someone’s leaving would cut off', () => {
  it('lists every key account that loses all paths without the broker, and no other', async () => {
    const influence = await createAnalysisService(store).accountInfluence({ account: 'acc-a' });
    const broker = influence.risks.find((risk) => risk.id === 'broker');
    expect(broker?.relativeDrop).toBe(1);
    expect(broker?.accountsLosingAllPaths?.map((lost) => lost.id)).toEqual(['acc-a', 'acc-b']);
  });

  it('agrees with what-if: without the broker no route to either account is left', async () => {
    const service = createAnalysisService(store);
    for (const account of ['acc-a', 'acc-b']) {
      const whatIf = await service.whatIfRemoved({ account, removed: 'broker' });
      expect(whatIf.vanished.length).toBeGreaterThan(0);
      expect(whatIf.after.paths).toEqual([]);
      expect(whatIf.bestScoreAfter).toBe(0);
    }
    const other = await service.whatIfRemoved({ account: 'acc-c', removed: 'broker' });
    expect(other.vanished).toEqual([]);
    expect(other.bestScoreAfter).toBe(other.bestScoreBefore);
  });
});
