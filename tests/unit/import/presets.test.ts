import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/backend/import/run-import.ts';
import { fixture, IMPORT_TIME, tempStore, type TempStore } from './temp-store.ts';

let t: TempStore;
beforeEach(async () => (t = await tempStore()));
afterEach(async () => t.close());

const importFile = (file: string, extra = {}) =>
  runImport(t.store, { file: fixture(file), as: 'nodes', now: IMPORT_TIME, ...extra });

async function personNamed(name: string) {
  const hit = (await t.store.search({ text: name, limit: 1 }))[0];
  return hit ? t.store.getNode(hit.id) : undefined;
}

async function employerOf(id: string) {
  const { relationships } = await t.store.neighbourhood(id, { types: ['WORKS_FOR'] });
  const rel = relationships.find((r) => r.source === id);
  return rel ? t.store.getNode(rel.target) : undefined;
}

describe('presets', () => {
  it('LinkedIn Connections.csv: skips the notes preamble, creates each company once', async () => {
    const summary = await importFile('linkedin-connections.csv');
    expect(summary).toMatchObject({ preset: 'linkedin', rows: 3, created: 3, errors: [] });
    expect(summary.organizations.created).toBe(2);
    const katrin = await personNamed('Katrin Schröder');
    expect(katrin).toMatchObject({
      kind: 'Contact',
      title: 'Senior Procurement Manager',
      source: 'linkedin-connections.csv',
      importedAt: IMPORT_TIME.toISOString(),
      properties: {
        LinkedIn: 'https://www.linkedin.com/in/katrin-schroeder-4711',
        'Connected On': '12 Mar 2024',
      },
    });
    expect((await employerOf(katrin!.id))?.name).toBe('Siemens Energy AG');
    const elodie = await personNamed('Élodie Marchand');
    expect((await employerOf(elodie!.id))?.id).toBe((await employerOf(katrin!.id))?.id);
  });

  it('Outlook (English): job title is the title, the salutation is kept aside', async () => {
    const summary = await importFile('outlook-en.csv');
    expect(summary).toMatchObject({ preset: 'outlook', created: 2, errors: [] });
    const thomas = await personNamed('Thomas Huber');
    expect(thomas).toMatchObject({
      title: 'Head of Purchasing',
      email: 'thomas.huber@alpinebau.example',
      phone: '+43 512 123456',
      city: 'Innsbruck',
      country: 'Austria',
      tags: ['Customers', 'Trade fair 2024'],
      notes: 'Prefers calls in the morning',
    });
    expect(thomas?.properties).toMatchObject({ Salutation: 'Mr.', Department: 'Procurement' });
    expect((await employerOf(thomas!.id))?.name).toBe('Alpine Bau GmbH');
  });

  it('Outlook (German, Windows-1252, semicolons)', async () => {
    const summary = await importFile('outlook-de.csv');
    expect(summary).toMatchObject({
      preset: 'outlook',
      encoding: 'windows-1252',
      delimiter: ';',
      created: 2,
      errors: [],
    });
    expect(summary.organizations.created).toBe(1);
    const guenther = await personNamed('Günther Schäfer');
    expect(guenther).toMatchObject({
      title: 'Leiter Einkauf',
      city: 'Esslingen',
      tags: ['Kunden', 'Messe 2024'],
    });
    const malgorzata = await personNamed('Kowalska-Weiß');
    expect(malgorzata).toMatchObject({
      name: 'Dr. Margarethe Kowalska-Weiß',
      notes: 'Trifft Entscheidungen; "hart" in Verhandlungen',
    });
    expect((await employerOf(malgorzata!.id))?.name).toBe('Maschinenbau Eßlingen AG');
  });

  it('Google Contacts: labels become tags without the system labels', async () => {
    const summary = await importFile('google-contacts.csv');
    expect(summary).toMatchObject({ preset: 'google', created: 2, errors: [] });
    expect(await personNamed('Matteo Rossi')).toMatchObject({
      title: 'Direttore Acquisti',
      email: 'm.rossi@ferrari-logistica.example',
      tags: ['Messe 2024', 'Italien'],
      city: 'Modena',
    });
    expect((await personNamed('Zofia Nowak'))?.tags).toEqual([]);
  });

  it('an explicit preset that does not exist is a usage error', async () => {
    await expect(importFile('google-contacts.csv', { preset: 'xing' })).rejects.toThrow(
      /no preset "xing"/,
    );
  });

  it('every preset file imported twice: the second run changes nothing', async () => {
    for (const file of [
      'linkedin-connections.csv',
      'outlook-en.csv',
      'outlook-de.csv',
      'google-contacts.csv',
    ]) {
      await importFile(file);
      const again = await importFile(file, { now: new Date('2026-03-02T00:00:00Z') });
      expect(again, file).toMatchObject({ created: 0, updated: 0, merged: 0, errors: [] });
      expect(again.unchanged, file).toBe(again.rows);
      expect(again.worksFor.created + again.worksFor.updated, file).toBe(0);
    }
  });
});
