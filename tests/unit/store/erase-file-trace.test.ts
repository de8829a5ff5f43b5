import { existsSync, readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/embedded-store.ts';
import { crowd, freshDir, type TempDir } from './store-test-files.ts';

let temp: TempDir | undefined;
afterEach(async () => temp?.remove());

const SUBJECT = {
  id: 'subject',
  kind: 'Contact' as const,
  name: 'Zoraida Quenstedt-Fahlbusch',
  email: 'zoraida.q@geheimpost.example',
  title: 'Leiterin Qualitätssicherung',
  notes: 'XQ7731 prefers the north entrance',
};
/** Every form her data could take in the files: as written, and as the search index folds it. */
const NEEDLES = [
  'Zoraida',
  'zoraida',
  'Quenstedt',
  'quenstedt',
  'fahlbusch',
  'geheimpost',
  'XQ7731',
  'xq7731',
  'north entrance',
  'Budget 4711QX',
  '4711qx',
];

function tracesIn(path: string): string[] {
  const files = [path, `${path}-wal`, `${path}-shm`, `${path}-journal`].filter((f) =>
    existsSync(f),
  );
  const bytes = files.map((f) => readFileSync(f));
  return NEEDLES.filter((needle) => bytes.some((b) => b.includes(Buffer.from(needle, 'utf8'))));
}

async function fill(store: EmbeddedStore): Promise<void> {
  const people = crowd(3_000);
  await store.upsertBatch({
    nodes: [{ id: 'acme', kind: 'Customer', name: 'Acme Verpackung AG' }, ...people, SUBJECT],
    relationships: [
      { type: 'WORKS_FOR', source: 'subject', target: 'acme' },
      ...people
        .slice(0, 50)
        .map((p) => ({ type: 'KNOWS' as const, source: 'subject', target: p.id })),
      ...people
        .slice(0, 2_000)
        .map((p) => ({ type: 'WORKS_FOR' as const, source: p.id, target: 'acme' })),
    ],
  });
  // Earlier versions of her record leave old page images behind: the hard case.
  for (const title of ['Qualität', 'Leiterin QS', SUBJECT.title]) {
    await store.upsertNodes([{ ...SUBJECT, title }]);
  }
  await store.logInteraction({
    date: '2026-06-01',
    channel: 'meeting',
    participants: ['subject', 'c-1', 'c-2'],
    summary: 'Zoraida mentioned Budget 4711QX for the new line',
  });
  await store.logInteraction({
    date: '2026-06-02',
    channel: 'call',
    participants: ['c-1', 'c-2'],
    summary: 'Routine call',
  });
}

it('leaves no trace of an erased person in the database, WAL or shared-memory file', async () => {
  temp = await freshDir();
  const dbPath = temp.path('xrm.db');
  const store = await openEmbeddedStore(dbPath);
  await fill(store);
  // The check can fail: before the erasure her data is in the files.
  expect(tracesIn(dbPath)).toEqual(expect.arrayContaining(['Zoraida', 'XQ7731', 'Budget 4711QX']));

  const report = await store.eraseSubject('subject');
  expect(report).toEqual({ id: 'subject', relationships: 51, interactions: 1 });
  expect(tracesIn(dbPath)).toEqual([]);

  // The rest of the network is intact and still searchable.
  expect((await store.counts()).nodes).toBe(3_001);
  expect((await store.search({ text: 'Kontakt 1999 Acme' })).map((h) => h.id)).toEqual(['c-1999']);
  expect((await store.interactionsOf('c-1')).map((i) => i.summary)).toEqual(['Routine call']);
  await store.close();
  expect(tracesIn(dbPath)).toEqual([]);
}, 120_000);
