import {
  CONSENT_STATUSES,
  DECISION_ROLES,
  INFLUENCER_TYPES,
  INTERACTION_CHANNELS,
  KIND_LABELS,
  NODE_KINDS,
  RELATIONSHIP_LABELS,
  RELATIONSHIP_TYPES,
  STANCES,
  TIERS,
  VALUE_LABELS,
  type Label,
} from '../../../graph-schema/index.ts';
import { normaliseHeader } from './headers.ts';
import type { Parsed } from './values.ts';
import { clip } from './values.ts';

/**
 * Fixed vocabularies (kinds, types, stances, …) accept the code, the English
 * and the German label, in any case and with or without accents or spaces.
 */
export interface Choice {
  readonly values: readonly string[];
  parse(text: string): Parsed<string>;
}

function choice(
  values: readonly string[],
  labels: Readonly<Record<string, Label>> = {},
  extra: Readonly<Record<string, string>> = {},
): Choice {
  const lookup = new Map<string, string>();
  for (const value of values) {
    lookup.set(value, value);
    lookup.set(normaliseHeader(value), value);
    const label = labels[value];
    if (label) {
      lookup.set(normaliseHeader(label.en), value);
      lookup.set(normaliseHeader(label.de), value);
    }
  }
  for (const [word, value] of Object.entries(extra)) lookup.set(normaliseHeader(word), value);
  return {
    values,
    parse(text) {
      // Most files spell the code exactly: skip normalising then.
      const value = lookup.get(text) ?? lookup.get(normaliseHeader(text));
      if (value !== undefined) return { ok: true, value };
      return { ok: false, message: `"${clip(text.trim())}" must be one of: ${values.join(', ')}` };
    },
  };
}

export const CHOICES = {
  kind: choice(NODE_KINDS, KIND_LABELS, {
    person: 'Contact',
    kontaktperson: 'Contact',
    kollegin: 'Colleague',
    haendler: 'Distributor',
    distributor: 'Distributor',
    presse: 'Media',
  }),
  type: choice(RELATIONSHIP_TYPES, RELATIONSHIP_LABELS, {
    kennt: 'KNOWS',
    'arbeitet bei': 'WORKS_FOR',
  }),
  tier: choice(TIERS),
  stance: choice(STANCES, VALUE_LABELS.stance, { befurworter: 'champion', skeptisch: 'skeptic' }),
  consent: choice(CONSENT_STATUSES, VALUE_LABELS.consent, {
    ja: 'granted',
    yes: 'granted',
    nein: 'denied',
    no: 'denied',
    erteilt: 'granted',
  }),
  decisionRole: choice(DECISION_ROLES, VALUE_LABELS.decisionRole, {
    entscheider: 'decision-maker',
  }),
  influencerType: choice(INFLUENCER_TYPES, VALUE_LABELS.influencerType),
  channel: choice(
    INTERACTION_CHANNELS,
    {},
    {
      treffen: 'meeting',
      besprechung: 'meeting',
      anruf: 'call',
      telefon: 'call',
      phone: 'call',
      videocall: 'video',
      mail: 'email',
      veranstaltung: 'event',
      messe: 'event',
      nachricht: 'message',
      sonstiges: 'other',
    },
  ),
} as const;
