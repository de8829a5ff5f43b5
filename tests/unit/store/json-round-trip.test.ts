import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { exportJson } from '../../../electron/backend/export/json-export.ts';
import { importJson } from '../../../electron/backend/export/json-import.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { generateNetwork } from '../../contract/generate-network.ts';
import { freshDir, type TempDir } from './store-test-files.ts';

let temp: TempDir | undefined;
afterEach(async () => temp?.remove());

const withoutExportedAt = (path: string): string =>
  readFileSync(path, 'utf8').replace(/"exportedAt":"[^"]*"/, '"exportedAt":""');

it('exports JSON that imports into a fresh store and exports identically', async () => {
  temp = await freshDir();
  const source = await openEmbeddedStore(temp.path('source.db'));
  const network = generateNetwork(600, 2_000, 7);
  await source.upsertBatch(network);
  await source.upsertNodes([
    {
      id: 'anna',
      kind: 'Contact',
      name: 'Anna Müller',
      email: 'anna@example.de',
      consent: { status: 'denied', date: '2026-01-02' },
      properties: { Quelle: 'Messe' },
    },
  ]);
  await source.upsertRelationships([
    {
      type: 'KNOWS',
      source: 'anna',
      target: 'person-3',
      sentiment: -0.5,
      since: '2020-05-01',
      notes: 'Kollegin "von früher"',
    },
  ]);
  await source.logInteraction({
    id: 'i1',
    date: '2026-03-04',
    channel: 'meeting',
    participants: ['anna', 'person-3', 'person-4'],
    summary: 'Zeilen\nund "Zitate"',
  });
  await source.logInteraction({
    date: '2026-03-05',
    channel: 'email',
    participants: ['person-1', 'person-2'],
    sentiment: 0.2,
  });
  const first = temp.path('first.json');
  const counts = await exportJson(source, first);
  expect(counts).toEqual({ nodes: 601, relationships: 2_001, interactions: 2 });
  await source.close();

  const target = await openEmbeddedStore(temp.path('target.db'));
  const summary = await importJson(target, first);
  expect(summary).toMatchObject({
    nodes: { created: 601 },
    relationships: { created: 2_001 },
    interactions: 2,
  });
  const second = temp.path('second.json');
  await exportJson(target, second);
  expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
  expect(JSON.parse(readFileSync(second, 'utf8'))).toMatchObject({
    format: 'xrm-explorer',
    version: 1,
  });
  expect((await target.search({ text: 'mueller' })).map((h) => h.id)).toContain('anna');
  await target.close();
});

it('rejects a document with one bad record and writes nothing', async () => {
  temp = await freshDir();
  const file = temp.path('bad.json');
  const doc = {
    format: 'xrm-explorer',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    nodes: [
      { id: 'a', kind: 'Contact', name: 'Anna' },
      { id: 'b', kind: 'Contact', name: 'Ben' },
    ],
    relationships: [{ id: 'a|KNOWS|b', type: 'KNOWS', source: 'a', target: 'b', strength: 2 }],
    interactions: [{ id: 'x', date: '2026-01-01', channel: 'call', participants: ['a', 'ghost'] }],
  };
  writeFileSync(file, JSON.stringify(doc));
  const store = await openEmbeddedStore(temp.path('xrm.db'));
  const error = await importJson(store, file).then(
    () => undefined,
    (e: { code: string; issues: { field: string }[] }) => e,
  );
  expect(error?.code).toBe('invalid-input');
  expect(error?.issues.map((i) => i.field).sort()).toEqual(['participants', 'strength']);
  expect(await store.counts()).toMatchObject({ nodes: 0, relationships: 0, interactions: 0 });
  await store.close();
});

it('refuses files that are not XRM exports or come from a newer version', async () => {
  temp = await freshDir();
  const store = await openEmbeddedStore(temp.path('xrm.db'));
  const notJson = temp.path('a.json');
  writeFileSync(notJson, '{"format": ');
  await expect(importJson(store, notJson)).rejects.toMatchObject({
    code: 'invalid-input',
    message: expect.stringContaining('not valid JSON'),
  });
  const foreign = temp.path('b.json');
  writeFileSync(foreign, JSON.stringify({ format: 'gephi', nodes: [] }));
  await expect(importJson(store, foreign)).rejects.toMatchObject({
    message: expect.stringContaining('not an XRM Explorer export'),
  });
  const newer = temp.path('c.json');
  writeFileSync(
    newer,
    JSON.stringify({
      format: 'xrm-explorer',
      version: 2,
      exportedAt: '',
      nodes: [],
      relationships: [],
      interactions: [],
    }),
  );
  await expect(importJson(store, newer)).rejects.toMatchObject({ code: 'unsupported' });
  await expect(importJson(store, temp.path('none.json'))).rejects.toMatchObject({
    code: 'not-found',
  });
  await store.close();
});
