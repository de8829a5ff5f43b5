import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  runImport,
  supportsImportTransaction,
} from '../../../electron/backend/import/run-import.ts';
import type { ImportProgress } from '../../../electron/backend/import/import-types.ts';
import { fixture, IMPORT_TIME, tempStore, type TempStore } from './temp-store.ts';

let t: TempStore;
beforeEach(async () => (t = await tempStore()));
afterEach(async () => t.close());

const run = (file: string, as: 'nodes' | 'relationships' | 'interactions' = 'nodes', extra = {}) =>
  runImport(t.store, { file, as, now: IMPORT_TIME, ...extra });

async function snapshot() {
  const nodes = [];
  for await (const batch of t.store.streamNodes()) nodes.push(...batch);
  const relationships = [];
  for await (const batch of t.store.streamRelationships()) relationships.push(...batch);
  return { nodes, relationships };
}

describe('all or nothing', () => {
  it('one bad row at the end means nothing is written', async () => {
    const summary = await run(fixture('atomic-last-row-bad.csv'));
    expect(summary).toMatchObject({ written: false, rows: 21, created: 0, errorCount: 1 });
    expect(summary.errors).toEqual([
      { line: 22, column: 'email', message: expect.stringContaining('e-mail') },
    ]);
    expect(await t.store.counts()).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('--skip-invalid writes the valid rows and reports the rest', async () => {
    const summary = await run(fixture('atomic-last-row-bad.csv'), 'nodes', { skipInvalid: true });
    expect(summary).toMatchObject({ written: true, created: 20, skipped: 1, errorCount: 1 });
    expect(summary.errors[0]?.line).toBe(22);
    expect((await t.store.counts()).nodes).toBe(20);
    expect(await t.store.getNode('p-bad')).toBeUndefined();
  });

  it('a row may leave out the name of a known record, but a new record needs one', async () => {
    await run(fixture('utf8-no-bom.csv'));
    const file = t.file('partial.csv', 'id,title\np-mueller,Prokurist\np-unbekannt,Einkauf\n');
    const summary = await run(file);
    expect(summary.errors).toEqual([{ line: 3, column: 'name', message: 'name is required' }]);
    expect(summary.written).toBe(false);
    const fixed = await run(file, 'nodes', { skipInvalid: true });
    expect(fixed).toMatchObject({ merged: 0, updated: 1, skipped: 1 });
    expect(await t.store.getNode('p-mueller')).toMatchObject({
      name: 'Jürgen Müller',
      title: 'Prokurist',
    });
  });

  it('a file missing a required column fails on its header line', async () => {
    const file = t.file('rels.csv', 'von,typ\np-1,KNOWS\n');
    const summary = await run(file, 'relationships');
    expect(summary.errors).toEqual([
      { line: 1, column: '(header)', message: expect.stringContaining('no column for target') },
    ]);
  });
});

describe('dry run', () => {
  it('shows exactly what would change and writes nothing', async () => {
    await run(fixture('utf8-no-bom.csv'));
    const before = await snapshot();
    const file = t.file(
      'update.csv',
      'id,name,title,email,organization\np-mueller,Jürgen Müller,Bereichsleiter Einkauf,j.mueller@stahlwerk-sued.de,Stahlwerk Süd GmbH\np-neu,Nora Neumann,Einkauf,n.neumann@stahlwerk-sued.de,org-stahlwerk\n',
    );
    const dry = await run(file, 'nodes', { dryRun: true });
    expect(dry).toMatchObject({
      written: false,
      dryRun: true,
      created: 1,
      updated: 1,
      unchanged: 0,
    });
    expect(dry.worksFor).toMatchObject({ created: 1, unchanged: 1 });
    expect(dry.changes).toEqual([
      {
        line: 2,
        id: 'p-mueller',
        collection: 'nodes',
        action: 'update',
        fields: { title: { before: 'Einkaufsleiter', after: 'Bereichsleiter Einkauf' } },
      },
      {
        line: 3,
        id: 'p-neu',
        collection: 'nodes',
        action: 'create',
        fields: expect.objectContaining({ name: { after: 'Nora Neumann' } }),
      },
    ]);
    expect(await snapshot()).toEqual(before);
    const real = await run(file);
    expect(real).toMatchObject({
      created: dry.created,
      updated: dry.updated,
      unchanged: dry.unchanged,
    });
    expect(real.changes).toEqual(dry.changes);
  });
});

describe('matching', () => {
  beforeEach(async () => {
    await run(fixture('utf8-no-bom.csv'));
  });

  it('finds a stored person by e-mail, whatever its case, and merges the row into them', async () => {
    const file = t.file(
      'by-mail.csv',
      'name,email,phone\nJ. Müller,J.Mueller@Stahlwerk-Sued.de,+49 89 555\n',
    );
    const summary = await run(file);
    expect(summary).toMatchObject({ created: 0, merged: 1 });
    expect(await t.store.getNode('p-mueller')).toMatchObject({
      name: 'J. Müller',
      phone: '+49 89 555',
      title: 'Einkaufsleiter',
    });
  });

  it('finds a stored person by normalised name and organisation', async () => {
    const file = t.file(
      'by-name.csv',
      'Name;Firma;Telefon\nANNA STRASSER;Stahlwerk Süd GmbH;+49 89 777\n',
    );
    const summary = await run(file);
    expect(summary).toMatchObject({ created: 0, merged: 1, errors: [] });
    expect(summary.organizations.created).toBe(0);
    expect(await t.store.getNode('p-strasser')).toMatchObject({
      phone: '+49 89 777',
      source: 'utf8-no-bom.csv',
    });
  });

  it('the same name at another organisation is another person', async () => {
    const file = t.file('other.csv', 'Name,Firma\nAnna Straßer,Brauerei Sonnenberg\n');
    const summary = await run(file);
    expect(summary).toMatchObject({ created: 1, merged: 0 });
    expect(summary.organizations.created).toBe(1);
  });

  it('people may name an organisation by id above the row that defines it', async () => {
    const file = t.file(
      'order.csv',
      'id,kind,name,organization\np-lena,Contact,Lena Vogt,org-hafen\norg-hafen,Distributor,Hafenlogistik Nord GmbH,\n',
    );
    const summary = await run(file);
    expect(summary).toMatchObject({ created: 2, errors: [] });
    expect(summary.organizations.created).toBe(0);
    expect(await t.store.getRelationship('p-lena|WORKS_FOR|org-hafen')).toBeDefined();
  });

  it('a person may name an organisation that a later batch creates', async () => {
    const rows = ['id,kind,name,organization', 'p-first,Contact,Erik Early,org-late'];
    for (let i = 0; i < 30; i++) rows.push(`p-${i},Contact,Person ${i},`);
    rows.push('org-late,Partner,Späte Partner AG,');
    const summary = await run(t.file('late.csv', rows.join('\n')), 'nodes', { batchSize: 10 });
    expect(summary).toMatchObject({ created: 32, errors: [], written: true });
    expect(summary.worksFor.created).toBe(1);
    expect(await t.store.getRelationship('p-first|WORKS_FOR|org-late')).toBeDefined();
  });

  it('an organisation row without id meets the company column of its people, in either order', async () => {
    const file = t.file(
      'names.csv',
      'kind,name,Firma\nContact,Lena Vogt,Hafenlogistik Nord GmbH\nPartner,Hafenlogistik Nord GmbH,\n',
    );
    const summary = await run(file);
    expect(summary).toMatchObject({ created: 2, errors: [] });
    expect(summary.organizations.created).toBe(0);
    expect((await t.store.counts()).byKind).toEqual({
      Contact: 4,
      Customer: 1,
      Influencer: 1,
      Partner: 1,
    });
    const lena = (await t.store.search({ text: 'Lena Vogt' }))[0]!;
    const { neighbours } = await t.store.neighbourhood(lena.id);
    expect(neighbours.map((n) => [n.kind, n.name])).toEqual([
      ['Partner', 'Hafenlogistik Nord GmbH'],
    ]);
  });

  it('importing the same files twice changes nothing the second time', async () => {
    await run(fixture('relationships-de.csv'), 'relationships');
    const before = await snapshot();
    const nodes = await run(fixture('utf8-no-bom.csv'), 'nodes', {
      now: new Date('2026-04-01T00:00:00Z'),
    });
    const rels = await run(fixture('relationships-de.csv'), 'relationships', {
      now: new Date('2026-04-01T00:00:00Z'),
    });
    expect(nodes).toMatchObject({ created: 0, updated: 0, merged: 0, unchanged: 5 });
    expect(rels).toMatchObject({ created: 0, updated: 0, merged: 0, unchanged: 3 });
    expect(await snapshot()).toEqual(before);
  });
});

describe('progress and cancellation', () => {
  function peopleFile(rows: number): string {
    const lines = ['id,kind,name,email'];
    for (let i = 0; i < rows; i++) lines.push(`p-${i},Contact,Person ${i},person.${i}@example.de`);
    return t.file('people.csv', lines.join('\n'));
  }

  it('reports rows, rows per second and time left while reading the file once', async () => {
    const seen: ImportProgress[] = [];
    await run(peopleFile(5_000), 'nodes', {
      onProgress: (p: ImportProgress) => seen.push(p),
      batchSize: 1_000,
    });
    // One pass: every report is a writing one, and the rows only grow.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((p) => p.phase === 'writing')).toBe(true);
    expect(seen.every((p, i) => i === 0 || p.rows >= seen[i - 1]!.rows)).toBe(true);
    expect(seen.at(-1)?.rows).toBe(5_000);
    expect(seen.every((p) => p.rowsPerSecond > 0 && p.totalBytes > 0)).toBe(true);
    expect(seen.at(-1)?.secondsLeft).toBeDefined();
  });

  it('a dry run reports its progress as checking', async () => {
    const seen: ImportProgress[] = [];
    await run(peopleFile(5_000), 'nodes', {
      onProgress: (p: ImportProgress) => seen.push(p),
      dryRun: true,
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.phase === 'checking')).toBe(true);
    expect(seen.at(-1)?.rows).toBe(5_000);
  });

  it('cancelling before the first batch is written writes nothing', async () => {
    const controller = new AbortController();
    const file = peopleFile(5_000);
    const onProgress = (p: ImportProgress) => {
      if (p.rows >= 2_000) controller.abort();
    };
    await expect(
      run(file, 'nodes', { signal: controller.signal, onProgress }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect((await t.store.counts()).nodes).toBe(0);
  });

  it('cancelling while writing leaves the store as it was (needs the store’s import transaction)', async (ctx) => {
    if (!supportsImportTransaction(t.store)) ctx.skip();
    await run(fixture('utf8-no-bom.csv'));
    const before = await snapshot();
    const controller = new AbortController();
    const onProgress = (p: ImportProgress) => {
      if (p.phase === 'writing' && p.rows >= 3_000) controller.abort();
    };
    await expect(
      run(peopleFile(5_000), 'nodes', { signal: controller.signal, onProgress, batchSize: 1_000 }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await snapshot()).toEqual(before);
  });
});
