import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headerMapping, headerSignature } from '../../../electron/backend/import/column-mapping.ts';
import { openImport } from '../../../electron/backend/import/import-setup.ts';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import { ImportRequestSchema } from '../../../shared/domain/import.schema.ts';
import { IMPORT_TIME, tempStore, type TempStore } from './temp-store.ts';

/** A trade-fair list whose e-mail column no alias knows, and a column nobody wants. */
const FAIR = [
  'id;kind;name;Kontakt-Mail (Messe);Messestand;Interne Nr.',
  'mk-hartmann;Contact;Petra Hartmann;petra.hartmann@weber-foerdertechnik.de;Halle 3;4711',
  'mk-nowak;Contact;Lukas Nowak;l.nowak@weber-foerdertechnik.de;Halle 3;4712',
  '',
].join('\r\n');

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => t.close());

const targets = async (options: Parameters<typeof openImport>[0]) =>
  (await openImport(options)).bindings.map((b) => [b.header, b.target]);

describe('the wizard mapping applied to an import', () => {
  it('maps an unknown header to a field, ignores one and keeps the rest, after the aliases', async () => {
    const file = t.file('messe.csv', FAIR);
    const columnMapping = headerMapping({
      'Kontakt-Mail (Messe)': 'email',
      'Interne Nr.': 'ignore',
    });
    expect(await targets({ file, as: 'nodes' })).toContainEqual([
      'Kontakt-Mail (Messe)',
      { property: 'Kontakt-Mail (Messe)' },
    ]);
    expect(await targets({ file, as: 'nodes', columnMapping })).toEqual([
      ['id', { field: 'id' }],
      ['kind', { field: 'kind' }],
      ['name', { field: 'name' }],
      ['Kontakt-Mail (Messe)', { field: 'email' }],
      ['Messestand', { property: 'Messestand' }],
      ['Interne Nr.', { ignore: true }],
    ]);
  });

  it('goes through the same binding as a --mapping file, and wins over it', async () => {
    const file = t.file('messe.csv', FAIR);
    const mapping = t.file(
      'mapping.json',
      JSON.stringify({ 'Kontakt-Mail (Messe)': 'email', 'Interne Nr.': 'ignore' }),
    );
    const fromRequest = headerMapping({ 'Kontakt-Mail (Messe)': 'email', 'Interne Nr.': 'ignore' });
    expect(await targets({ file, as: 'nodes', mapping })).toEqual(
      await targets({ file, as: 'nodes', columnMapping: fromRequest }),
    );
    const both = await targets({
      file,
      as: 'nodes',
      mapping,
      columnMapping: headerMapping({ 'Interne Nr.': 'property', id: 'ignore', name: 'id' }),
    });
    expect(both).toContainEqual(['Interne Nr.', { property: 'Interne Nr.' }]);
    expect(both).toContainEqual(['Kontakt-Mail (Messe)', { field: 'email' }]);
    expect(both.slice(0, 3)).toEqual([
      ['id', { ignore: true }],
      ['kind', { field: 'kind' }],
      ['name', { field: 'id' }],
    ]);
  });

  it('the dry run and the import both write what was mapped', async () => {
    const file = t.file('messe.csv', FAIR);
    const columnMapping = headerMapping({
      'Kontakt-Mail (Messe)': 'email',
      'Interne Nr.': 'ignore',
    });
    const dry = await runImport(t.store, {
      file,
      as: 'nodes',
      columnMapping,
      dryRun: true,
      now: IMPORT_TIME,
    });
    expect(dry.errors).toEqual([]);
    expect(dry.created).toBe(2);
    expect(dry.changes[0]?.fields).toHaveProperty('email');
    expect((await t.store.counts()).nodes).toBe(0);

    const done = await runImport(t.store, { file, as: 'nodes', columnMapping, now: IMPORT_TIME });
    expect(done.created).toBe(2);
    const stored = await t.store.getNode('mk-nowak');
    expect(stored?.email).toBe('l.nowak@weber-foerdertechnik.de');
    expect(stored?.properties).toEqual({ Messestand: 'Halle 3' });

    // Without the mapping the address stays a property: nothing above happened by itself.
    const again = await runImport(t.store, { file, as: 'nodes', dryRun: true, now: IMPORT_TIME });
    expect(again.changes.map((c) => Object.keys(c.fields))).toEqual([
      ['properties'],
      ['properties'],
    ]);
  });

  it('a column without a header can be mapped by the name the preview gives it', async () => {
    const file = t.file('noheader.csv', 'id;name;\nx-1;Anna Berg;Halle 1\n');
    expect(await targets({ file, as: 'nodes' })).toContainEqual(['column 3', { ignore: true }]);
    const kept = await targets({
      file,
      as: 'nodes',
      columnMapping: headerMapping({ 'column 3': 'property' }),
    });
    expect(kept).toContainEqual(['column 3', { property: 'column 3' }]);
  });
});

describe('the request mapping is validated', () => {
  const request = (as: string, mapping: unknown) =>
    ImportRequestSchema.safeParse({ file: 'A'.repeat(24), as, mapping });
  const messages = (result: ReturnType<typeof request>) =>
    result.success ? [] : result.error.issues.map((issue) => issue.message);

  it('accepts fields of the chosen collection, "property" and "ignore"', () => {
    expect(request('nodes', { Mail: 'email', Stand: 'property', X: 'ignore' }).success).toBe(true);
    expect(request('relationships', { Von: 'source', Nach: 'target', Wie: 'type' }).success).toBe(
      true,
    );
  });

  it('names the header and the value that is not a field of the collection', () => {
    const wrong = request('relationships', { 'Kontakt-Mail': 'email' });
    expect(messages(wrong)).toEqual([
      expect.stringMatching(
        /^column "Kontakt-Mail" is mapped to "email", which is not a field of relationships/,
      ),
    ]);
    expect(messages(request('nodes', { Mail: 'properties.Mail' }))[0]).toMatch(/"properties.Mail"/);
  });

  it('refuses two columns on one field, naming both', () => {
    expect(messages(request('nodes', { 'E-Mail': 'email', 'Mail privat': 'email' }))).toEqual([
      'columns "E-Mail" and "Mail privat" are both mapped to email; a field takes one column',
    ]);
  });

  it('is bounded: too many columns, too long headers', () => {
    const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`c${i}`, 'ignore']));
    expect(request('nodes', many).success).toBe(false);
    expect(request('nodes', { ['x'.repeat(257)]: 'ignore' }).success).toBe(false);
  });
});

describe('header signature', () => {
  it('is the same for the same headers in any order, case or punctuation, per collection', () => {
    const a = headerSignature('nodes', ['id', 'Name', 'Kontakt-Mail (Messe)']);
    expect(headerSignature('nodes', ['KONTAKT-MAIL (MESSE)', 'ID', 'name'])).toBe(a);
    expect(headerSignature('relationships', ['id', 'Name', 'Kontakt-Mail (Messe)'])).not.toBe(a);
    expect(headerSignature('nodes', ['id', 'Name', 'Mail'])).not.toBe(a);
  });
});
