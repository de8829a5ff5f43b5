import {
  canonicalEndpoints,
  RELATIONSHIP_TYPE_SPECS,
  type RelationshipInput,
  type RelationshipType,
} from '../../graph-schema/index.ts';
import type { NodeLayout } from './network-nodes.ts';
import { ZipfPicker, type Prng } from './prng.ts';

/** The day every generated date is relative to, so runs on different days agree. */
export const GENERATED_AS_OF = '2026-10-31';
const AS_OF_MS = Date.parse(`${GENERATED_AS_OF}T00:00:00Z`);
const DAY_MS = 86_400_000;

/**
 * Adds relationships to `layout` until `target` of them exist (or attempts run out):
 * the structure first (WORKS_FOR, MANAGES, SUPPLIES, PARTNERS_WITH, REPORTS_ON,
 * ADVISES, INFLUENCES), then KNOWS — a third within the same organisation, the rest
 * between heavy-tailed (Zipf) picks, so a few people know very many.
 */
export function generateRelationships(
  layout: NodeLayout,
  target: number,
  rng: Prng,
): RelationshipInput[] {
  const out = new RelationshipSink(rng);
  const { byKind, persons } = layout;
  for (const [person, org] of layout.employer) out.add('WORKS_FOR', person, org);
  const keySet = new Set(layout.keyAccounts);
  for (const customer of byKind.Customer) {
    const managers = keySet.has(customer) ? 2 : rng.chance(0.6) ? 1 : 0;
    for (let i = 0; i < managers; i++) out.add('MANAGES', rng.pick(byKind.Colleague), customer);
    const suppliers = rng.int(3);
    const channel = [...byKind.Distributor, ...byKind.Partner];
    for (let i = 0; i < suppliers; i++) out.add('SUPPLIES', rng.pick(channel), customer);
  }
  const orgs = [...byKind.Customer, ...byKind.Distributor, ...byKind.Partner];
  for (let i = 0; i < orgs.length * 0.3; i++)
    out.add('PARTNERS_WITH', rng.pick(orgs), rng.pick(orgs));
  const famous = new ZipfPicker([...persons, ...orgs], 0.8, rng);
  const press = [...byKind.Journalist, ...byKind.Media];
  const advisers = [...byKind.Influencer, ...byKind.Partner];
  out.fill('REPORTS_ON', Math.round(target * 0.02), () => [rng.pick(press), famous.pick(rng)]);
  out.fill('ADVISES', Math.round(target * 0.05), () => [rng.pick(advisers), famous.pick(rng)]);
  out.fill('INFLUENCES', Math.round(target * 0.04), () => [famous.pick(rng), famous.pick(rng)]);
  const social = new ZipfPicker(persons, 0.75, rng);
  const staffed = [...layout.employer.keys()];
  out.fill('KNOWS', target - out.size, () => {
    if (rng.chance(0.35)) {
      const person = rng.pick(staffed);
      return [person, rng.pick(layout.staff.get(layout.employer.get(person)!)!)];
    }
    if (rng.chance(0.05)) return [rng.pick(byKind.Colleague), social.pick(rng)];
    return [social.pick(rng), rng.chance(0.5) ? social.pick(rng) : rng.pick(persons)];
  });
  return out.relationships;
}

/** Collects relationships once per identity (type + endpoints), never self-loops. */
class RelationshipSink {
  readonly relationships: RelationshipInput[] = [];
  private readonly seen = new Set<string>();
  private readonly rng: Prng;

  constructor(rng: Prng) {
    this.rng = rng;
  }

  get size(): number {
    return this.relationships.length;
  }

  add(type: RelationshipType, source: string, target: string): boolean {
    if (source === target) return false;
    const [a, b] = canonicalEndpoints(type, source, target);
    const key = `${a}\u0000${type}\u0000${b}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.relationships.push({ type, source: a, target: b, ...this.properties(type) });
    return true;
  }

  /** Adds `count` new relationships; gives up after 20× as many draws (tiny networks). */
  fill(type: RelationshipType, count: number, draw: () => [string, string]): void {
    let added = 0;
    for (let tries = 0; added < count && tries < count * 20; tries++) {
      const [s, t] = draw();
      if (this.add(type, s, t)) added++;
    }
  }

  private properties(type: RelationshipType): Partial<RelationshipInput> {
    const rng = this.rng;
    const base = RELATIONSHIP_TYPE_SPECS[type].defaultStrength;
    const strength =
      Math.round(Math.min(1, Math.max(0.05, base + (rng.next() - 0.5) * 0.5)) * 100) / 100;
    const props: Partial<RelationshipInput> = { strength };
    if (rng.chance(0.4)) props.sentiment = Math.round((rng.next() * 1.6 - 0.6) * 100) / 100;
    if (rng.chance(0.5)) props.since = isoDay(AS_OF_MS - (365 + rng.int(3650)) * DAY_MS);
    // Recent contacts are more common than old ones: age is skewed towards 0.
    if (rng.chance(0.8))
      props.lastContact = isoDay(AS_OF_MS - Math.floor(rng.next() ** 2 * 1100) * DAY_MS);
    return props;
  }
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
