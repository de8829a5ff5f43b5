import type {
  InteractionChannel,
  InteractionInput,
  NodeInput,
  RelationshipInput,
} from '../../../graph-schema/index.ts';
import { DEMO_SOURCE, DEMO_YEAR_START } from './demo-builder.ts';
import type { DemoRandom } from './demo-random.ts';

const TOPICS = [
  'Angebot Schleifzelle',
  'Retrofit Linie 3',
  'Wartungsvertrag 2027',
  'Automatisierte Beladung',
  'Ersatzteilversorgung',
  'Energieeffizienz der Anlagen',
  'Abnahme der Vorserienteile',
  'Schulung der Bediener',
  'Rahmenvertrag Verschleißteile',
  'Investitionsplanung 2027',
] as const;

const SUMMARY: Readonly<Record<InteractionChannel, string>> = {
  meeting: 'Besuch vor Ort',
  call: 'Telefonat',
  email: 'E-Mail-Austausch',
  video: 'Videokonferenz',
  event: 'Veranstaltung',
  message: 'Nachricht',
  other: 'Kontakt',
};

/** Trade fairs and the association's meeting: several accounts in one room. */
const EVENTS: readonly (readonly [
  date: string,
  summary: string,
  participants: readonly string[],
])[] = [
  [
    '2026-04-21',
    'Hannover Messe: Standbesuch, Vorführung der neuen Schleifzelle',
    [
      'col-laura-pohl',
      'col-petra-schulze',
      'con-bergmann-florian-maier',
      'con-nordjysk-anders-bech',
      'con-rheintal-michael-schmitt',
      'jour-julia-brueckner',
    ],
  ],
  [
    '2026-06-18',
    'Jahrestagung des Fachverbands: Podium zu Automation im Mittelstand',
    [
      'col-thomas-kraemer',
      'inf-ulrike-sommer',
      'inf-klaus-dietrich',
      'inf-rainer-vogel',
      'jour-bernd-kuehn',
    ],
  ],
  [
    '2026-09-24',
    'Krämer Hausmesse: Kundentag mit Werksführung',
    [
      'col-thomas-kraemer',
      'col-katharina-woehrle',
      'col-sandra-lehmann',
      'con-schwarzwald-eva-straub',
      'con-saechsische-ronny-uhlig',
      'con-weiss-hans-peter-weiss',
      'inf-tobias-roth',
    ],
  ],
];

/**
 * A year of the closed loop: every still-active tie between one of our colleagues
 * and someone outside gets one to four contacts, the last one on the tie's
 * `lastContact`, so logging them leaves the network's dates consistent.
 */
export function demoInteractions(
  nodes: readonly NodeInput[],
  relationships: readonly RelationshipInput[],
  random: DemoRandom,
): InteractionInput[] {
  const colleagues = new Set(nodes.filter((n) => n.kind === 'Colleague').map((n) => n.id));
  const drafts: Omit<InteractionInput, 'id'>[] = [];
  for (const rel of relationships) {
    if (rel.type !== 'KNOWS' || !rel.lastContact || rel.lastContact < DEMO_YEAR_START) continue;
    const ours = colleagues.has(rel.source)
      ? rel.source
      : colleagues.has(rel.target)
        ? rel.target
        : undefined;
    const theirs = ours === rel.source ? rel.target : rel.source;
    if (!ours || colleagues.has(theirs)) continue;
    const count = random.int(1, 4);
    for (let i = 0; i < count; i++) {
      const date = i === 0 ? rel.lastContact : random.dateBetween(DEMO_YEAR_START, rel.lastContact);
      drafts.push(draft(random, date, [ours, theirs], rel.sentiment ?? 0));
    }
  }
  drafts.push(...accountMeetings(relationships, random));
  for (const [date, summary, participants] of EVENTS) {
    drafts.push({
      date,
      channel: 'event',
      participants: [...participants],
      summary,
      sentiment: 0.4,
      origin: DEMO_SOURCE,
    });
  }
  return drafts
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((interaction, index) => ({
      id: `demo-i-${String(index + 1).padStart(4, '0')}`,
      ...interaction,
    }));
}

/** Two visits per key account: the account manager with part of the buying centre. */
function accountMeetings(relationships: readonly RelationshipInput[], random: DemoRandom) {
  const staff = new Map<string, string[]>();
  for (const rel of relationships) {
    if (rel.type === 'WORKS_FOR')
      staff.set(rel.target, [...(staff.get(rel.target) ?? []), rel.source]);
  }
  return relationships
    .filter((rel) => rel.type === 'MANAGES' && rel.strength !== undefined && rel.strength >= 0.8)
    .flatMap((rel) => {
      const people = staff.get(rel.target) ?? [];
      return [0, 1].map(() => {
        const guests = people.filter(() => random.chance(0.4)).slice(0, 3);
        const attendees = guests.length > 0 ? guests : people.slice(0, 1);
        const date = random.dateBetween(DEMO_YEAR_START, '2026-10-28');
        return draft(random, date, [rel.source, ...attendees], 0.2, 'meeting');
      });
    });
}

function draft(
  random: DemoRandom,
  date: string,
  participants: string[],
  sentiment: number,
  channel: InteractionChannel = pickChannel(random),
) {
  const topic = random.pick(TOPICS);
  return {
    date,
    channel,
    participants,
    summary: `${SUMMARY[channel]}: ${topic}`,
    sentiment:
      Math.round(Math.max(-1, Math.min(1, sentiment + random.between(-0.3, 0.3))) * 100) / 100,
    origin: DEMO_SOURCE,
  };
}

function pickChannel(random: DemoRandom): InteractionChannel {
  const roll = random.next();
  if (roll < 0.3) return 'meeting';
  if (roll < 0.6) return 'call';
  if (roll < 0.8) return 'email';
  return 'video';
}
