import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../../electron/backend/demo/demo-network.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { Relationship } from '../../../graph-schema/index.ts';
import {
  buildAnalysisNetwork,
  centralityValues,
  findKBestPaths,
  keyAccounts,
  networkFromRecords,
  type AnalysisNetwork,
} from '../../../shared/analysis/index.ts';
import { supportsNetworkColumns } from '../../../shared/store/graph-store.ts';
import { demoStore } from './demo-store.ts';

/**
 * The embedded store's lean analysis read (one aggregate query, strengths as
 * integers of millionths, dates as day numbers) must give the very network that
 * the full records give: same arcs, same exact strengths, same answers.
 */
describe('the lean analysis read of the embedded store', () => {
  let store: EmbeddedStore;
  let dispose: () => Promise<void>;
  let lean: AnalysisNetwork;
  let full: AnalysisNetwork;
  let records: Relationship[];

  beforeAll(async () => {
    ({ store, dispose } = await demoStore());
    const people = (await all(store.streamNodes())).filter((n) => n.kind === 'Contact');
    // Strengths that are not whole millionths, and contacts with and without a date.
    const odd = [0.1 + 0.2, 1 / 3, 0.123456789, 2 / 3];
    await store.upsertRelationships(
      odd.map((strength, i) => ({
        type: 'KNOWS' as const,
        source: people[i]!.id,
        target: people[i + 10]!.id,
        strength,
        ...(i % 2 === 0 ? { lastContact: `2024-0${i + 1}-1${i}` } : {}),
      })),
    );
    lean = buildAnalysisNetwork(await store.readNetworkColumns());
    records = await all(store.streamRelationships());
    full = networkFromRecords(await all(store.streamNodes()), records);
  });
  afterAll(() => dispose());

  it('is what the analysis service loads from the embedded store', () => {
    expect(supportsNetworkColumns(store)).toBe(true);
  });

  it('holds every node record and every relationship with exact strengths and days', () => {
    expect(lean.nodes).toEqual(full.nodes);
    expect(lean.size).toBe(records.length);
    const leanAt = new Map(lean.index.relIds.map((id, r) => [id, r]));
    for (let r = 0; r < full.size; r++) {
      const at = leanAt.get(full.index.relIds[r]!)!;
      expect(describeRel(lean, at)).toEqual(describeRel(full, r));
    }
    const odd = lean.index.relStrength.filter((s) => s === 1 / 3 || s === 0.1 + 0.2);
    expect(odd).toHaveLength(2);
  });

  it('reads the full record of a relationship when asked', () => {
    const byId = new Map(records.map((rel) => [rel.id, rel]));
    for (let r = 0; r < lean.size; r++) {
      expect(lean.relationshipAt(r)).toEqual(byId.get(lean.index.relIds[r]!));
    }
  });

  it('answers path and metric questions exactly as the full records do', () => {
    const accounts = keyAccounts(lean);
    expect(accounts.length).toBeGreaterThan(3);
    for (const to of accounts) {
      const options = { to, asOf: DEMO_AS_OF };
      expect(findKBestPaths(lean, options)).toEqual(findKBestPaths(full, options));
    }
    expect(centralityValues(lean, 'betweenness')).toEqual(centralityValues(full, 'betweenness'));
  });
});

async function all<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}

function describeRel(network: AnalysisNetwork, r: number) {
  const { ids, relSource, relTarget, relStrength, relContactDay, relBoth } = network.index;
  return {
    source: ids[relSource[r]!],
    target: ids[relTarget[r]!],
    type: network.relTypeAt(r),
    strength: relStrength[r],
    contactDay: relContactDay[r],
    both: relBoth[r],
  };
}
