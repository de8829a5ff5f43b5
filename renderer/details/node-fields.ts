import type { Language, NodeField, StakeholderNode } from '../../graph-schema/index.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { fieldLabel, valueLabel } from '../i18n/labels.ts';

export interface FieldRow {
  readonly field: NodeField;
  readonly label: string;
  readonly value: string;
}

/** The order an account manager reads a record in: who, how to reach, where they stand. */
const FIELD_ORDER: readonly NodeField[] = [
  'title',
  'email',
  'phone',
  'city',
  'country',
  'keyAccount',
  'tier',
  'customerValue',
  'potential',
  'stance',
  'decisionRole',
  'influencerType',
  'consent',
  'tags',
  'source',
  'notes',
  'updatedAt',
];

/** The filled-in fields of a node, labelled and formatted for the UI language. */
export function nodeFields(
  node: StakeholderNode,
  language: Language,
  yesNo: { yes: string; no: string },
): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const field of FIELD_ORDER) {
    const value = formatField(node, field, language, yesNo);
    if (value !== null) rows.push({ field, label: fieldLabel(field, language), value });
  }
  return rows;
}

function formatField(
  node: StakeholderNode,
  field: NodeField,
  language: Language,
  yesNo: { yes: string; no: string },
): string | null {
  const raw = node[field];
  if (raw === undefined || raw === null || raw === '') return null;
  switch (field) {
    case 'keyAccount':
      return raw ? yesNo.yes : yesNo.no;
    case 'customerValue':
    case 'potential':
      return formatNumber(raw as number, language);
    case 'stance':
    case 'decisionRole':
    case 'influencerType':
      return valueLabel(field, String(raw), language);
    case 'consent': {
      const consent = node.consent;
      if (!consent) return null;
      const status = valueLabel('consent', consent.status, language);
      return consent.date ? `${status} (${formatDate(consent.date, language)})` : status;
    }
    case 'tags':
      return node.tags.length > 0 ? node.tags.join(', ') : null;
    case 'updatedAt':
      return formatDate(String(raw), language);
    default:
      return String(raw);
  }
}
