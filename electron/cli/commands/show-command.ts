import type { Command } from 'commander';
import {
  RELATIONSHIP_TYPE_SPECS,
  type Interaction,
  type Relationship,
  type StakeholderNode,
} from '../../../graph-schema/index.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import type { CliIo } from '../cli-io.ts';
import { printResult, plural, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

const RELATIONSHIP_LIMIT = 200;
const INTERACTION_LIMIT = 10;

interface ShownRelationship extends Relationship {
  readonly direction: 'out' | 'in';
  readonly other: { readonly id: string; readonly kind: string; readonly name: string };
}

interface Shown {
  readonly node: StakeholderNode;
  readonly relationships: ShownRelationship[];
  readonly relationshipsTotal: number;
  readonly interactions: Interaction[];
}

export function registerShowCommand(program: Command, io: CliIo): void {
  const command = program
    .command('show')
    .description(
      'one stakeholder: details, relationships (with who is at the other end), recent interactions',
    )
    .argument('<id>', 'the stakeholder id, as `xrm search` prints it')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (id: string, options: StoreOptions & OutputOptions) => {
    const shown = await withStore(io, options, 'read', async (store): Promise<Shown> => {
      const node = await store.getNode(id);
      if (!node) throw new NotFoundError(`The stakeholder "${id}"`);
      const around = await store.neighbourhood(id, { limit: RELATIONSHIP_LIMIT });
      const names = new Map(around.neighbours.map((n) => [n.id, n]));
      const relationships = around.relationships.map((rel): ShownRelationship => {
        const otherId = rel.source === id ? rel.target : rel.source;
        const other = names.get(otherId);
        return {
          ...rel,
          direction: rel.source === id ? 'out' : 'in',
          other: { id: otherId, kind: other?.kind ?? '?', name: other?.name ?? otherId },
        };
      });
      const interactions = await store.interactionsOf(id, INTERACTION_LIMIT);
      return { node, relationships, relationshipsTotal: around.total, interactions };
    });
    printResult(io, options, shown, () => humanShown(shown));
  });
}

function humanShown({ node, relationships, relationshipsTotal, interactions }: Shown): string[] {
  const more =
    relationshipsTotal > relationships.length ? ` (showing ${relationships.length})` : '';
  return [
    `${node.name}  [${node.kind}, ${node.id}]`,
    ...details(node).map(([label, value]) => `  ${label}: ${value}`),
    '',
    `Relationships: ${relationshipsTotal}${more}`,
    ...relationships.map(describeRelationship),
    '',
    `Recent interactions: ${interactions.length === 0 ? 'none' : ''}`.trimEnd(),
    ...interactions.map(
      (i) =>
        `  ${i.date}  ${i.channel.padEnd(7)}  ${i.summary ?? '(no summary)'}  (${plural(i.participants.length, 'participant')})`,
    ),
  ];
}

function details(node: StakeholderNode): (readonly [string, string])[] {
  const consent = node.consent
    ? `${node.consent.status}${node.consent.date ? ` (${node.consent.date})` : ''}`
    : undefined;
  const rows: [string, string | undefined][] = [
    ['Title', node.title],
    ['Role', node.decisionRole],
    ['Influencer type', node.influencerType],
    ['Stance', node.stance],
    ['Consent', consent],
    ['E-mail', node.email],
    ['Phone', node.phone],
    ['Place', [node.city, node.country].filter(Boolean).join(', ') || undefined],
    ['Key account', node.keyAccount === undefined ? undefined : node.keyAccount ? 'yes' : 'no'],
    ['Tier', node.tier],
    ['Customer value', node.customerValue?.toLocaleString('en')],
    ['Potential', node.potential?.toLocaleString('en')],
    ['Tags', node.tags.length > 0 ? node.tags.join(', ') : undefined],
    ['Source', node.source],
    ['Notes', node.notes],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
}

function describeRelationship(rel: ShownRelationship): string {
  const arrow = RELATIONSHIP_TYPE_SPECS[rel.type].symmetric
    ? '--'
    : rel.direction === 'out'
      ? '->'
      : '<-';
  const contact = rel.lastContact ? `, last contact ${rel.lastContact}` : '';
  return `  ${rel.type.padEnd(13)} ${arrow} ${rel.other.name} [${rel.other.kind}, ${rel.other.id}]  strength ${rel.strength}${contact}`;
}
