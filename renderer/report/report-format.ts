import type { Language, NodeKind } from '../../graph-schema/index.ts';
import { formatNumber } from '../i18n/format.ts';

/** Scores and strengths are 0..1; two decimals read well in a table. */
export function score(value: number, language: Language): string {
  return formatNumber(value, language, 2);
}

export function percent(value: number, language: Language): string {
  return `${formatNumber(value * 100, language, 0)} %`;
}

/** Kind groups share a colour on the map and in the legend. */
export type KindGroup = 'ours' | 'account' | 'channel' | 'influence';

export function kindGroup(kind: NodeKind): KindGroup {
  switch (kind) {
    case 'Colleague':
    case 'OwnCompany':
      return 'ours';
    case 'Contact':
    case 'Customer':
      return 'account';
    case 'Distributor':
    case 'Partner':
      return 'channel';
    case 'Influencer':
    case 'Journalist':
    case 'Media':
      return 'influence';
  }
}

export const GROUP_COLOURS: Record<KindGroup, string> = {
  ours: '#1b7f79',
  account: '#2f5d8a',
  channel: '#7a5195',
  influence: '#c98a1b',
};

export const ACCOUNT_COLOUR = '#17324d';

/** Route colours by rank; route 1 is the strongest and the boldest. */
const ROUTE_COLOURS = ['#d1495b', '#2a9d8f', '#8e5bb5', '#e08e0b', '#3d7ab8'];

export function routeColour(rank: number): string {
  return ROUTE_COLOURS[(rank - 1) % ROUTE_COLOURS.length]!;
}

export function stanceColour(stance: string | null): string | null {
  if (stance === 'champion' || stance === 'supporter') return '#2e8b57';
  if (stance === 'skeptic' || stance === 'opponent') return '#c0392b';
  return null;
}
