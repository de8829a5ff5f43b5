import { afterEach, beforeEach, expect, it } from 'vitest';
import { relationshipId } from '../../graph-schema/index.ts';
import { supportsBatchReads, type BatchReader } from '../../shared/store/graph-store.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import {
  ACCOUNT_RELATIONSHIPS,
  collect,
  loadAccount,
  type OpenStore,
} from './contract-fixtures.ts';

/**
 * The bulk reads an import matches its rows with. Optional in the interface,
 * but a store without them makes an import read once per row; both stores have them.
 */
export function describeBulkReads(open: OpenStore): void {
  let store: GraphStore & BatchReader;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    let opened: GraphStore;
    ({ store: opened, cleanup } = await open());
    expect(supportsBatchReads(opened)).toBe(true);
    store = opened as GraphStore & BatchReader;
    await loadAccount(store);
  });
  afterEach(async () => cleanup());

  it('streams every node’s id, kind, name and e-mail, and nothing else', async () => {
    const { items: nodes } = await collect(store.streamNodes(3));
    const { items: keys, batches } = await collect(store.streamNodeKeys(3));
    expect(Math.max(...batches)).toBe(3);
    const expected = nodes.map(({ id, kind, name, email }) => ({
      id,
      kind,
      name,
      ...(email !== undefined && { email }),
    }));
    expect(keys.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(keys.find((key) => key.id === 'anna')?.email).toBe('anna.mueller@grossmann.example');
  });

  it('reads relationships by id in bulk, each once, as getRelationship reads them', async () => {
    const stored = ACCOUNT_RELATIONSHIPS.map((rel) =>
      relationshipId(rel.type, rel.source, rel.target),
    );
    // Symmetric ids in either order, repeats, and ids that name nothing.
    const asked = [
      ...stored,
      relationshipId('KNOWS', 'anna', 'tom'),
      stored[0]!,
      relationshipId('KNOWS', 'kurt', 'tom'),
      'anna|WORKS_FOR|nowhere',
      'not an id',
    ];
    const found = await store.getRelationships(asked);
    expect(found.map((rel) => rel.id).sort()).toEqual([...stored].sort());
    for (const rel of found) expect(rel).toEqual(await store.getRelationship(rel.id));
  });
}
