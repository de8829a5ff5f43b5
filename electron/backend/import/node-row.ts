import {
  CONSENT_CHANNELS,
  type ConsentChannel,
  type ConsentStatus,
  type NodeInput,
  type NodeKind,
} from '../../../graph-schema/index.ts';
import { CHOICES, defined, RowReader, type RowCells } from './row-to-record.ts';
import { parseList } from './values.ts';

/** A node as the row describes it, before matching decides which record it is. */
export interface NodeDraft {
  readonly line: number;
  readonly reader: RowReader;
  readonly id?: string;
  readonly kind?: NodeKind;
  /** Fields the row sets; absent fields leave an existing record's value alone. */
  readonly fields: Omit<NodeInput, 'id' | 'kind' | 'name'> & { name?: string };
  /** Id or name of the organisation the person works for. */
  readonly organization?: string;
}

export interface NodeRowOptions {
  readonly decimalComma: boolean;
  /** Lists like Google's labels use another separator than `|`. */
  readonly listSeparator?: RegExp;
  /** List entries that carry no meaning (Google's `* myContacts`). */
  readonly dropTags?: (tag: string) => boolean;
}

export function nodeDraft(cells: RowCells, options: NodeRowOptions): NodeDraft {
  const r = new RowReader(cells, options.decimalComma);
  const name = r.text('name') ?? joinName(r.text('firstName'), r.text('lastName'));
  const tagsText = r.text('tags');
  const tags =
    tagsText === undefined ? undefined : parseList(tagsText, options.listSeparator ?? '|');
  const fields = defined({
    name,
    title: r.text('title'),
    email: r.text('email'),
    phone: r.text('phone'),
    city: r.text('city'),
    country: r.text('country'),
    tier: r.choice('tier', CHOICES.tier) as NodeInput['tier'],
    keyAccount: r.boolean('keyAccount'),
    customerValue: r.number('customerValue'),
    potential: r.number('potential'),
    stance: r.choice('stance', CHOICES.stance) as NodeInput['stance'],
    decisionRole: r.choice('decisionRole', CHOICES.decisionRole) as NodeInput['decisionRole'],
    influencerType: r.choice(
      'influencerType',
      CHOICES.influencerType,
    ) as NodeInput['influencerType'],
    consent: consentOf(r),
    tags: tags?.filter((tag) => !options.dropTags?.(tag)),
    notes: r.longText('notes'),
    source: r.text('source'),
    properties: Object.keys(cells.properties).length > 0 ? { ...cells.properties } : undefined,
  });
  return defined({
    line: cells.line,
    reader: r,
    id: r.text('id'),
    kind: r.choice('kind', CHOICES.kind) as NodeKind | undefined,
    fields,
    organization: r.text('organization'),
  }) as NodeDraft;
}

function joinName(first: string | undefined, last: string | undefined): string | undefined {
  const name = [first, last].filter(Boolean).join(' ');
  return name === '' ? undefined : name;
}

function consentOf(r: RowReader): NodeInput['consent'] {
  const status = r.choice('consent', CHOICES.consent) as ConsentStatus | undefined;
  const date = r.date('consentDate');
  const channels = consentChannels(r);
  if (status === undefined && date === undefined && channels === undefined) return undefined;
  return defined({ status: status ?? 'unknown', date, channels }) as NodeInput['consent'];
}

/** `email:granted|phone:denied` */
function consentChannels(r: RowReader): Partial<Record<ConsentChannel, ConsentStatus>> | undefined {
  const items = r.list('consentChannels');
  if (items === undefined) return undefined;
  const channels: Partial<Record<ConsentChannel, ConsentStatus>> = {};
  for (const item of items) {
    const [channel = '', statusText = ''] = item.split(':').map((part) => part.trim());
    const status = CHOICES.consent.parse(statusText);
    if (!(CONSENT_CHANNELS as readonly string[]).includes(channel.toLowerCase()) || !status.ok) {
      r.report(
        'consentChannels',
        `"${item}" must be channel:status, e.g. email:granted (channels: ${CONSENT_CHANNELS.join(', ')})`,
      );
      continue;
    }
    channels[channel.toLowerCase() as ConsentChannel] = status.value as ConsentStatus;
  }
  return channels;
}
