import type { NodeKind } from './kinds.ts';
import type { RelationshipType } from './relationship-types.ts';

export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Label {
  readonly en: string;
  readonly de: string;
}

export const KIND_LABELS: Readonly<Record<NodeKind, Label>> = {
  Customer: { en: 'Customer', de: 'Kunde' },
  Distributor: { en: 'Distributor', de: 'Händler' },
  Partner: { en: 'Partner', de: 'Partner' },
  Media: { en: 'Media', de: 'Medium' },
  OwnCompany: { en: 'Own company', de: 'Eigenes Unternehmen' },
  Contact: { en: 'Contact', de: 'Kontakt' },
  Influencer: { en: 'Influencer', de: 'Beeinflusser' },
  Journalist: { en: 'Journalist', de: 'Journalist' },
  Colleague: { en: 'Colleague', de: 'Kollege' },
};

export const RELATIONSHIP_LABELS: Readonly<Record<RelationshipType, Label>> = {
  KNOWS: { en: 'knows', de: 'kennt' },
  WORKS_FOR: { en: 'works for', de: 'arbeitet für' },
  SUPPLIES: { en: 'supplies', de: 'beliefert' },
  PARTNERS_WITH: { en: 'partners with', de: 'kooperiert mit' },
  MANAGES: { en: 'manages', de: 'betreut' },
  ADVISES: { en: 'advises', de: 'berät' },
  INFLUENCES: { en: 'influences', de: 'beeinflusst' },
  REPORTS_ON: { en: 'reports on', de: 'berichtet über' },
};

/** Labels for every field of nodes, relationships and interactions. */
export const FIELD_LABELS = {
  id: { en: 'ID', de: 'ID' },
  kind: { en: 'Kind', de: 'Art' },
  name: { en: 'Name', de: 'Name' },
  tags: { en: 'Tags', de: 'Schlagworte' },
  notes: { en: 'Notes', de: 'Notizen' },
  source: { en: 'Source', de: 'Quelle' },
  city: { en: 'City', de: 'Ort' },
  country: { en: 'Country', de: 'Land' },
  keyAccount: { en: 'Key account', de: 'Schlüsselkunde' },
  tier: { en: 'Tier', de: 'Kundenklasse' },
  customerValue: { en: 'Customer value', de: 'Kundenwert' },
  potential: { en: 'Potential', de: 'Potenzial' },
  title: { en: 'Title', de: 'Position' },
  email: { en: 'E-mail', de: 'E-Mail' },
  phone: { en: 'Phone', de: 'Telefon' },
  stance: { en: 'Stance', de: 'Haltung' },
  decisionRole: { en: 'Buying-centre role', de: 'Rolle im Buying Center' },
  consent: { en: 'Consent', de: 'Einwilligung' },
  influencerType: { en: 'Influencer type', de: 'Art des Beeinflussers' },
  properties: { en: 'Other properties', de: 'Weitere Eigenschaften' },
  importedAt: { en: 'Imported at', de: 'Importiert am' },
  createdAt: { en: 'Created', de: 'Angelegt' },
  updatedAt: { en: 'Updated', de: 'Geändert' },
  type: { en: 'Type', de: 'Typ' },
  target: { en: 'Target', de: 'Ziel' },
  strength: { en: 'Strength', de: 'Stärke' },
  sentiment: { en: 'Sentiment', de: 'Stimmung' },
  since: { en: 'Since', de: 'Seit' },
  lastContact: { en: 'Last contact', de: 'Letzter Kontakt' },
  origin: { en: 'Source', de: 'Quelle' },
  date: { en: 'Date', de: 'Datum' },
  channel: { en: 'Channel', de: 'Kanal' },
  participants: { en: 'Participants', de: 'Teilnehmer' },
  summary: { en: 'Summary', de: 'Zusammenfassung' },
} as const satisfies Record<string, Label>;

export type FieldName = keyof typeof FIELD_LABELS;

export const VALUE_LABELS = {
  stance: {
    champion: { en: 'Champion', de: 'Fürsprecher' },
    supporter: { en: 'Supporter', de: 'Unterstützer' },
    neutral: { en: 'Neutral', de: 'Neutral' },
    skeptic: { en: 'Skeptic', de: 'Skeptiker' },
    opponent: { en: 'Opponent', de: 'Gegner' },
  },
  consent: {
    granted: { en: 'Granted', de: 'Erteilt' },
    denied: { en: 'Denied', de: 'Verweigert' },
    unknown: { en: 'Unknown', de: 'Unbekannt' },
  },
  decisionRole: {
    'decision-maker': { en: 'Decision maker', de: 'Entscheider' },
    buyer: { en: 'Buyer', de: 'Einkäufer' },
    user: { en: 'User', de: 'Anwender' },
    influencer: { en: 'Influencer', de: 'Beeinflusser' },
    gatekeeper: { en: 'Gatekeeper', de: 'Informationsselektierer' },
    initiator: { en: 'Initiator', de: 'Initiator' },
  },
  influencerType: {
    consultant: { en: 'Consultant', de: 'Berater' },
    planner: { en: 'Planner', de: 'Planer' },
    broker: { en: 'Broker', de: 'Makler' },
    analyst: { en: 'Analyst', de: 'Analyst' },
    association: { en: 'Association', de: 'Verband' },
    other: { en: 'Other', de: 'Sonstige' },
  },
} as const satisfies Record<string, Record<string, Label>>;

export function label(entry: Label, language: Language): string {
  return entry[language];
}
