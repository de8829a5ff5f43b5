import { describe, expect, it } from 'vitest';
import { NodeSchema } from '../../../../graph-schema/index.ts';
import { toConsent, toConsentDraft } from '../../../../renderer/editing/consent-form.ts';
import { checkNode, toDraft, toNode } from '../../../../renderer/editing/node-form.ts';

describe('consent form mapping', () => {
  it('round-trips status, date and the channels that were recorded', () => {
    const consent = {
      status: 'granted' as const,
      date: '2026-03-01',
      channels: { email: 'granted' as const, phone: 'denied' as const },
    };
    const draft = toConsentDraft(consent);
    expect(draft.channels.post).toBe('');
    expect(toConsent(draft)).toEqual(consent);
  });

  it('removes consent when no status is chosen, and leaves out empty date and channels', () => {
    expect(toConsent(toConsentDraft(undefined))).toBeUndefined();
    const draft = { ...toConsentDraft(undefined), status: 'denied' as const };
    expect(toConsent(draft)).toEqual({ status: 'denied' });
  });

  it('sets consent on people only and names a bad date under consent.date', () => {
    const person = NodeSchema.parse({ id: 'con-b', kind: 'Contact', name: 'B' });
    const draft = { ...toConsentDraft(undefined), status: 'granted' as const, date: '1.3.2026' };
    const input = toNode(person, toDraft(person), draft);
    expect(input.consent).toEqual({ status: 'granted', date: '1.3.2026' });
    expect(Object.keys(checkNode(input))).toEqual(['consent.date']);
    const customer = NodeSchema.parse({ id: 'cust-b', kind: 'Customer', name: 'B' });
    expect(toNode(customer, toDraft(customer), draft).consent).toBeUndefined();
  });
});
