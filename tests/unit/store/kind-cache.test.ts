import { afterEach, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { crowd, freshDir, type TempDir } from './store-test-files.ts';

// The store keeps endpoint kinds across batches; these prove it never uses a stale one.
let temp: TempDir | undefined;
afterEach(async () => temp?.remove());

async function openStore() {
  temp = await freshDir();
  const store = await openEmbeddedStore(temp.path('xrm.db'));
  await store.upsertBatch({
    nodes: [...crowd(5), { id: 'acme', kind: 'Customer', name: 'Acme AG' }],
    relationships: [{ type: 'WORKS_FOR', source: 'c-0', target: 'acme' }],
  });
  return store;
}

it('sees a node created in an earlier batch after its id was looked up as missing', async () => {
  const store = await openStore();
  await store.upsertBatch({
    nodes: [{ id: 'beta', kind: 'Customer', name: 'Beta GmbH' }],
    relationships: [{ type: 'WORKS_FOR', source: 'c-1', target: 'beta' }],
  });
  const summary = await store.upsertRelationships([
    { type: 'WORKS_FOR', source: 'c-2', target: 'beta' },
  ]);
  expect(summary.created).toBe(1);
  await store.close();
});

it('rejects a relationship to a node deleted after its kind was looked up', async () => {
  const store = await openStore();
  await store.deleteNode('acme');
  await expect(
    store.upsertRelationships([{ type: 'WORKS_FOR', source: 'c-1', target: 'acme' }]),
  ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('acme') });
  await store.close();
});

it('sees a kind changed through another connection to the same file', async () => {
  const store = await openStore();
  // Logging looks up (and keeps) the participants' kinds.
  await store.logInteraction({ date: '2026-03-01', channel: 'call', participants: ['c-3', 'c-4'] });
  const other = await openEmbeddedStore(temp!.path('xrm.db'));
  await other.upsertNodes([{ id: 'c-4', kind: 'Customer', name: 'Jetzt Firma' }]);
  await other.close();
  // c-4 is now an organisation: a person can work for it, it cannot KNOW anyone.
  await expect(
    store.upsertRelationships([{ type: 'KNOWS', source: 'c-3', target: 'c-4' }]),
  ).rejects.toMatchObject({ code: 'invalid-input' });
  expect(
    (await store.upsertRelationships([{ type: 'WORKS_FOR', source: 'c-3', target: 'c-4' }]))
      .created,
  ).toBe(1);
  await store.close();
});
