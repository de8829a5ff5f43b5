import {
  CONSENT_CHANNELS,
  type Consent,
  type ConsentChannel,
  type ConsentStatus,
} from '../../graph-schema/index.ts';

/** Consent as the form holds it: '' means "not recorded". */
export interface ConsentDraft {
  readonly status: ConsentStatus | '';
  readonly date: string;
  readonly channels: Readonly<Record<ConsentChannel, ConsentStatus | ''>>;
}

export function toConsentDraft(consent: Consent | undefined): ConsentDraft {
  const channels = Object.fromEntries(
    CONSENT_CHANNELS.map((channel) => [channel, consent?.channels?.[channel] ?? '']),
  ) as Record<ConsentChannel, ConsentStatus | ''>;
  return { status: consent?.status ?? '', date: consent?.date ?? '', channels };
}

/**
 * The consent record to store, or undefined to remove it. Without an overall
 * status the schema has nothing to hang date and channels on, so they go too.
 */
export function toConsent(draft: ConsentDraft): Consent | undefined {
  if (draft.status === '') return undefined;
  const channels: Partial<Record<ConsentChannel, ConsentStatus>> = {};
  for (const channel of CONSENT_CHANNELS) {
    const status = draft.channels[channel];
    if (status !== '') channels[channel] = status;
  }
  return {
    status: draft.status,
    ...(draft.date.trim() === '' ? {} : { date: draft.date.trim() }),
    ...(Object.keys(channels).length === 0 ? {} : { channels }),
  };
}
