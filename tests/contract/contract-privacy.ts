import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relationshipId } from '../../graph-schema/index.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import { everythingAsText, loadAccount, rejection, type OpenStore } from './contract-fixtures.ts';

export function describeInteractionsAndPrivacy(open: OpenStore): void {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await open());
    await loadAccount(store);
  });
  afterEach(async () => cleanup());
  const lastContact = async (type: 'KNOWS' | 'WORKS_FOR', a: string, b: string) =>
    (await store.getRelationship(relationshipId(type, a, b)))?.lastContact;

  describe('interactions (the closed loop)', () => {
    it('moves lastContact of the relationships among the participants, never backwards', async () => {
      const logged = await store.logInteraction({
        date: '2026-05-04',
        channel: 'meeting',
        participants: ['tom', 'anna', 'kurt'],
        summary: 'Line 3 retrofit, budget approved',
        sentiment: 0.6,
      });
      expect(logged.interaction.id).toBeTruthy();
      expect(logged.interaction).toMatchObject({
        date: '2026-05-04',
        participants: ['tom', 'anna', 'kurt'],
      });
      // tom-anna and anna-kurt are among the participants; sven-anna is not
      expect(logged.relationshipsTouched).toBe(2);
      expect(await lastContact('KNOWS', 'tom', 'anna')).toBe('2026-05-04');
      expect(await lastContact('KNOWS', 'kurt', 'anna')).toBe('2026-05-04');
      expect(await lastContact('KNOWS', 'sven', 'anna')).toBeUndefined();
      expect(await lastContact('WORKS_FOR', 'anna', 'acme')).toBeUndefined();
      const older = await store.logInteraction({
        date: '2025-01-01',
        channel: 'call',
        participants: ['anna', 'tom'],
      });
      expect(older.relationshipsTouched).toBe(0);
      expect(await lastContact('KNOWS', 'tom', 'anna')).toBe('2026-05-04');
    });

    it('lists a stakeholder’s interactions newest first, limited', async () => {
      for (const [id, date] of [
        ['i1', '2026-01-05'],
        ['i2', '2026-03-01'],
        ['i3', '2026-02-11'],
      ]) {
        await store.logInteraction({
          id,
          date: date!,
          channel: 'call',
          participants: ['anna', 'tom'],
        });
      }
      expect((await store.interactionsOf('anna')).map((i) => i.id)).toEqual(['i2', 'i3', 'i1']);
      expect((await store.interactionsOf('tom', 2)).map((i) => i.id)).toEqual(['i2', 'i3']);
      expect(await store.interactionsOf('kurt')).toEqual([]);
    });

    it('rejects an interaction with an unknown participant and logs nothing', async () => {
      const error = await rejection(
        store.logInteraction({
          date: '2026-05-04',
          channel: 'call',
          participants: ['anna', 'ghost'],
        }),
      );
      expect(error.issues[0]).toMatchObject({ field: 'participants' });
      expect(error.message).toContain('ghost');
      expect((await store.counts()).interactions).toBe(0);
      expect(await lastContact('KNOWS', 'tom', 'anna')).toBeUndefined();
    });
  });

  describe('GDPR', () => {
    it('exports everything held about a person (Art. 15)', async () => {
      await store.logInteraction({
        id: 'lunch',
        date: '2026-04-01',
        channel: 'meeting',
        participants: ['anna', 'tom'],
      });
      const subject = await store.subjectExport('anna');
      expect(subject?.node).toMatchObject({ id: 'anna', email: 'anna.mueller@grossmann.example' });
      expect(subject?.relationships).toHaveLength(4);
      expect(subject?.interactions.map((i) => i.id)).toEqual(['lunch']);
      expect(Date.parse(subject?.exportedAt ?? '')).not.toBeNaN();
      expect(await store.subjectExport('nobody')).toBeUndefined();
    });

    it('erases a person, their relationships and interactions, and finds no trace (Art. 17)', async () => {
      await store.logInteraction({
        id: 'lunch',
        date: '2026-04-01',
        channel: 'meeting',
        participants: ['anna', 'tom', 'kurt'],
        summary: 'Anna said the Q3 budget is frozen',
      });
      await store.logInteraction({
        id: 'other',
        date: '2026-04-02',
        channel: 'call',
        participants: ['tom', 'kurt'],
      });
      const report = await store.eraseSubject('anna');
      expect(report).toEqual({ id: 'anna', relationships: 4, interactions: 1 });
      expect(await store.getNode('anna')).toBeUndefined();
      expect(await store.subjectExport('anna')).toBeUndefined();
      expect(await store.search({ text: 'Anna' })).toEqual([]);
      expect(await store.search({ text: 'anna.mueller@grossmann.example' })).toEqual([]);
      expect((await store.interactionsOf('kurt')).map((i) => i.id)).toEqual(['other']);
      const text = await everythingAsText(store);
      for (const trace of [
        'anna',
        'Anna Müller',
        'anna.mueller@grossmann.example',
        'Tuesdays',
        'frozen',
      ]) {
        expect(text).not.toContain(trace);
      }
      expect(text).toContain('Kurt Müllerstein');
      await expect(store.eraseSubject('anna')).rejects.toMatchObject({ code: 'not-found' });
    });
  });
}
