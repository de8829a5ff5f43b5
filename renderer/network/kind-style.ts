import type { NodeKind } from '../../graph-schema/index.ts';

export interface KindStyle {
  /** Cytoscape node shape: organisations are angular, people round. */
  readonly shape:
    | 'round-rectangle'
    | 'round-hexagon'
    | 'round-diamond'
    | 'round-tag'
    | 'round-octagon'
    | 'ellipse';
  readonly color: string;
}

/**
 * Kind -> shape and colour. Organisations are blue/teal/slate polygons, people
 * warm-toned circles, so the two families separate at a glance; the tones are
 * muted enough to sit on both the light and the dark background.
 */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  Customer: { shape: 'round-rectangle', color: '#2f6690' },
  Distributor: { shape: 'round-hexagon', color: '#3a7d7c' },
  Partner: { shape: 'round-diamond', color: '#5b6fa8' },
  Media: { shape: 'round-tag', color: '#7a7f8c' },
  OwnCompany: { shape: 'round-octagon', color: '#36405a' },
  Contact: { shape: 'ellipse', color: '#c0793b' },
  Influencer: { shape: 'ellipse', color: '#9a5b88' },
  Journalist: { shape: 'ellipse', color: '#8c8a3e' },
  Colleague: { shape: 'ellipse', color: '#3f8a5a' },
};
