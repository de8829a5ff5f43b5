import { writeFileSync } from 'node:fs';
import type { NodeInput, RelationshipInput } from '../../graph-schema/index.ts';

const NODE_COLUMNS = [
  'id',
  'kind',
  'name',
  'title',
  'email',
  'phone',
  'city',
  'country',
  'tier',
  'key_account',
  'customer_value',
  'stance',
  'decision_role',
  'consent',
  'influencer_type',
  'tags',
] as const;
const RELATIONSHIP_COLUMNS = [
  'source',
  'target',
  'type',
  'strength',
  'sentiment',
  'since',
  'last_contact',
];

/** RFC 4180 quoting, only where needed (names like "Bau GmbH & Co. KG" stay bare). */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function nodeRow(n: NodeInput): string {
  return [
    n.id,
    n.kind,
    n.name,
    n.title,
    n.email,
    n.phone,
    n.city,
    n.country,
    n.tier,
    n.keyAccount ? 'true' : '',
    n.customerValue,
    n.stance,
    n.decisionRole,
    n.consent?.status,
    n.influencerType,
    n.tags?.join('|'),
  ]
    .map(cell)
    .join(',');
}

function relationshipRow(r: RelationshipInput): string {
  return [r.source, r.target, r.type, r.strength, r.sentiment, r.since, r.lastContact]
    .map(cell)
    .join(',');
}

/** Canonical CSV (DESIGN.md): UTF-8 without BOM, comma, one header row, `\n` line ends. */
export function writeNetworkCsv(
  network: { nodes: readonly NodeInput[]; relationships: readonly RelationshipInput[] },
  nodesPath: string,
  relationshipsPath: string,
): void {
  writeLines(nodesPath, NODE_COLUMNS.join(','), network.nodes, nodeRow);
  writeLines(
    relationshipsPath,
    RELATIONSHIP_COLUMNS.join(','),
    network.relationships,
    relationshipRow,
  );
}

function writeLines<T>(
  path: string,
  header: string,
  rows: readonly T[],
  row: (r: T) => string,
): void {
  const lines = [header];
  for (const r of rows) lines.push(row(r));
  writeFileSync(path, `${lines.join('\n')}\n`);
}
