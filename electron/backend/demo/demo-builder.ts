import {
  relationshipId,
  type Consent,
  type DecisionRole,
  type InfluencerType,
  type NodeInput,
  type RelationshipInput,
  type RelationshipType,
  type Stance,
} from '../../../graph-schema/index.ts';
import type { DemoRandom } from './demo-random.ts';

/** Every demo record says where it came from, so users can tell it from their own data. */
export const DEMO_SOURCE = 'Demo network';
/** The demo's "today": interactions fall in the twelve months before it. */
export const DEMO_AS_OF = '2026-11-01';
export const DEMO_YEAR_START = '2025-11-01';
const LAST_DAY = '2026-10-28';

export interface PersonSpec {
  readonly id: string;
  readonly kind: 'Colleague' | 'Contact' | 'Influencer' | 'Journalist';
  readonly name: string;
  readonly title: string;
  readonly country: string;
  readonly domain: string;
  readonly decisionRole?: DecisionRole;
  readonly influencerType?: InfluencerType;
  readonly notes?: string;
}

export interface RelationshipProps {
  readonly strength?: number;
  readonly sentiment?: number;
  readonly since?: string;
  readonly lastContact?: string;
  readonly notes?: string;
}

const PHONE_PREFIX: Readonly<Record<string, string>> = {
  DE: '+49',
  DK: '+45',
  CH: '+41',
  AT: '+43',
  TR: '+90',
  IT: '+39',
  NL: '+31',
};
const STANCE_SENTIMENT: Readonly<Record<Stance, number>> = {
  champion: 0.8,
  supporter: 0.5,
  neutral: 0.1,
  skeptic: -0.3,
  opponent: -0.7,
};

/** Collects nodes and relationships; a relationship added twice keeps its first version. */
export class DemoBuilder {
  readonly nodes: NodeInput[] = [];
  readonly random: DemoRandom;
  private readonly relationshipsById = new Map<string, RelationshipInput>();
  private readonly stances = new Map<string, Stance>();

  constructor(random: DemoRandom) {
    this.random = random;
  }

  get relationships(): RelationshipInput[] {
    return [...this.relationshipsById.values()];
  }

  node(input: NodeInput): void {
    this.nodes.push({ ...input, source: DEMO_SOURCE });
  }

  person(spec: PersonSpec, overrides: Partial<NodeInput> = {}): string {
    const stance = spec.kind === 'Colleague' ? undefined : this.stance();
    if (stance) this.stances.set(spec.id, stance);
    this.node({
      id: spec.id,
      kind: spec.kind,
      name: spec.name,
      title: spec.title,
      country: spec.country,
      email: `${slugify(spec.name, '.')}@${spec.domain}`,
      phone: this.phone(spec.country),
      ...(stance && { stance }),
      ...(spec.kind !== 'Colleague' && { consent: this.consent() }),
      ...(spec.decisionRole && { decisionRole: spec.decisionRole }),
      ...(spec.influencerType && { influencerType: spec.influencerType }),
      ...(spec.notes && { notes: spec.notes }),
      ...overrides,
    });
    return spec.id;
  }

  relate(type: RelationshipType, source: string, target: string, props: RelationshipProps = {}) {
    const id = relationshipId(type, source, target);
    if (this.relationshipsById.has(id)) return;
    this.relationshipsById.set(id, { type, source, target, ...props, origin: DEMO_SOURCE });
  }

  /** A personal tie: strength in range, a last contact (sometimes stale), sentiment from stance. */
  knows(a: string, b: string, strength: readonly [number, number], lastContact?: string): void {
    const stance = this.stances.get(b) ?? this.stances.get(a) ?? 'neutral';
    const sentiment = clamp(STANCE_SENTIMENT[stance] + this.random.between(-0.2, 0.2));
    this.relate('KNOWS', a, b, {
      strength: this.random.between(strength[0], strength[1]),
      sentiment,
      since: this.since(),
      lastContact: lastContact ?? this.lastContact(),
    });
  }

  /** Mostly within the demo year; about one in five ties has gone stale for over a year. */
  lastContact(staleChance = 0.2): string {
    return this.random.chance(staleChance)
      ? this.random.dateBetween('2023-06-01', '2025-10-15')
      : this.random.dateBetween(DEMO_YEAR_START, LAST_DAY);
  }

  since(): string {
    return this.random.dateBetween('2009-01-01', '2023-05-31');
  }

  private stance(): Stance {
    const roll = this.random.next();
    if (roll < 0.12) return 'champion';
    if (roll < 0.42) return 'supporter';
    if (roll < 0.77) return 'neutral';
    return roll < 0.92 ? 'skeptic' : 'opponent';
  }

  private consent(): Consent {
    const roll = this.random.next();
    const date = this.random.dateBetween('2019-05-25', '2026-09-30');
    if (roll < 0.09) return { status: 'denied', date };
    if (roll < 0.42) return { status: 'unknown' };
    if (roll < 0.55)
      return { status: 'granted', date, channels: { email: 'granted', phone: 'denied' } };
    return { status: 'granted', date };
  }

  private phone(country: string): string {
    const prefix = PHONE_PREFIX[country] ?? '+49';
    return `${prefix} ${this.random.int(20, 899)} ${this.random.int(100000, 9999999)}`;
  }
}

/** ASCII slug for ids and e-mail addresses: academic titles dropped, letters transliterated. */
export function slugify(name: string, separator = '-'): string {
  const transliterated = name
    .replace(/\(.*?\)/g, '')
    .replace(/\b(Dr|Prof|Dipl\.-Ing)\.\s*/g, '')
    .toLowerCase()
    .replace(/ä|æ/g, 'ae')
    .replace(/ö|ø/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/å/g, 'aa')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return transliterated
    .replace(/[^a-z0-9]+/g, separator)
    .split(separator)
    .filter((part) => part.length > 0)
    .join(separator);
}

function clamp(value: number): number {
  return Math.round(Math.max(-1, Math.min(1, value)) * 100) / 100;
}
