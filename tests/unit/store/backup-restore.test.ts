import { writeFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { crowd, freshDir, type TempDir } from './store-test-files.ts';

let temp: TempDir | undefined;
afterEach(async () => temp?.remove());

it('backs up with VACUUM INTO and restores that state, search included', async () => {
  temp = await freshDir();
  const store = await openEmbeddedStore(temp.path('xrm.db'));
  await store.upsertBatch({
    nodes: [{ id: 'acme', kind: 'Customer', name: 'Acme AG' }, ...crowd(200)],
    relationships: [{ type: 'WORKS_FOR', source: 'c-7', target: 'acme' }],
  });
  await store.logInteraction({
    id: 'i1',
    date: '2026-02-03',
    channel: 'call',
    participants: ['c-1', 'c-2'],
  });
  const backup = temp.path('backup.db');
  await store.backup(backup);
  const saved = await store.counts();

  await store.deleteNode('c-7');
  await store.upsertNodes([{ id: 'new', kind: 'Contact', name: 'Nach Backup' }]);
  await store.restore(backup);

  expect(await store.counts()).toEqual(saved);
  expect(await store.getNode('new')).toBeUndefined();
  expect((await store.search({ text: 'Kontakt 7 Acme' })).map((h) => h.id)).toEqual(['c-7']);
  expect((await store.interactionsOf('c-1')).map((i) => i.id)).toEqual(['i1']);
  await store.close();
});

it('refuses to overwrite an existing file unless told to', async () => {
  temp = await freshDir();
  const store = await openEmbeddedStore(temp.path('xrm.db'));
  await store.upsertNodes(crowd(3));
  const target = temp.path('backup.db');
  writeFileSync(target, 'keep me');
  await expect(store.backup(target)).rejects.toMatchObject({ code: 'conflict' });
  await store.backup(target, { overwrite: true });
  const copy = await openEmbeddedStore(target);
  expect((await copy.counts()).nodes).toBe(3);
  await copy.close();
  await store.close();
});

it('refuses to restore from something that is not an XRM backup, and keeps its data', async () => {
  temp = await freshDir();
  const store = await openEmbeddedStore(temp.path('xrm.db'));
  await store.upsertNodes(crowd(3));
  const junk = temp.path('junk.db');
  writeFileSync(junk, 'definitely not sqlite'.repeat(100));
  await expect(store.restore(junk)).rejects.toMatchObject({ code: 'store-unavailable' });
  await expect(store.restore(temp.path('missing.db'))).rejects.toMatchObject({ code: 'not-found' });
  expect((await store.counts()).nodes).toBe(3);
  await store.close();
});
