import type { Interaction, Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import { PROPERTY_PREFIX } from '../import/headers.ts';

/**
 * The canonical CSV columns (DESIGN.md "Canonical CSV") as the importer reads
 * them back. `organization` is left out: WORKS_FOR travels in relationships.csv
 * with its strength and dates. Store timestamps and `importedAt` are not
 * exported: the importer writes its own provenance.
 */
export type Cell = string | number | boolean | undefined;

export interface Column<T> {
  readonly header: string;
  readonly value: (record: T) => Cell;
}

export const NODE_COLUMNS: readonly Column<StakeholderNode>[] = [
  { header: 'id', value: (n) => n.id },
  { header: 'kind', value: (n) => n.kind },
  { header: 'name', value: (n) => n.name },
  { header: 'title', value: (n) => n.title },
  { header: 'email', value: (n) => n.email },
  { header: 'phone', value: (n) => n.phone },
  { header: 'city', value: (n) => n.city },
  { header: 'country', value: (n) => n.country },
  { header: 'tier', value: (n) => n.tier },
  { header: 'key_account', value: (n) => n.keyAccount },
  { header: 'customer_value', value: (n) => n.customerValue },
  { header: 'potential', value: (n) => n.potential },
  { header: 'stance', value: (n) => n.stance },
  { header: 'decision_role', value: (n) => n.decisionRole },
  { header: 'influencer_type', value: (n) => n.influencerType },
  { header: 'consent', value: (n) => n.consent?.status },
  { header: 'consent_date', value: (n) => n.consent?.date },
  {
    header: 'consent_channels',
    value: (n) =>
      n.consent?.channels &&
      Object.entries(n.consent.channels)
        .map(([channel, status]) => `${channel}:${status}`)
        .join('|'),
  },
  { header: 'tags', value: (n) => n.tags.join('|') },
  { header: 'notes', value: (n) => n.notes },
  { header: 'source', value: (n) => n.source },
];

export const RELATIONSHIP_COLUMNS: readonly Column<Relationship>[] = [
  { header: 'source', value: (r) => r.source },
  { header: 'target', value: (r) => r.target },
  { header: 'type', value: (r) => r.type },
  { header: 'strength', value: (r) => r.strength },
  { header: 'sentiment', value: (r) => r.sentiment },
  { header: 'since', value: (r) => r.since },
  { header: 'last_contact', value: (r) => r.lastContact },
  { header: 'origin', value: (r) => r.origin },
  { header: 'notes', value: (r) => r.notes },
];

export const INTERACTION_COLUMNS: readonly Column<Interaction>[] = [
  { header: 'id', value: (i) => i.id },
  { header: 'date', value: (i) => i.date },
  { header: 'channel', value: (i) => i.channel },
  { header: 'participants', value: (i) => i.participants.join('|') },
  { header: 'summary', value: (i) => i.summary },
  { header: 'sentiment', value: (i) => i.sentiment },
  { header: 'origin', value: (i) => i.origin },
];

/** Extra properties become `prop:NAME` columns, which the importer maps back. */
export function propertyColumns<T extends { properties?: Record<string, unknown> }>(
  keys: Iterable<string>,
): Column<T>[] {
  return [...keys].sort().map((key) => ({
    header: `${PROPERTY_PREFIX}${key}`,
    value: (record: T) => record.properties?.[key] as Cell,
  }));
}

/** Numbers without exponent or grouping; the decimal mark suits the delimiter (`;` means comma). */
export function formatNumber(value: number, decimalComma: boolean): string {
  const text = withoutExponent(String(value));
  return decimalComma ? text.replace('.', ',') : text;
}

/** `1e-7` -> `0.0000001`, `1e+21` -> `1000000000000000000000`: the same digits, spelled out. */
function withoutExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
