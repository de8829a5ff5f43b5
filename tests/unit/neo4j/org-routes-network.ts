import type { NodeInput, RelationshipInput } from '../../../graph-schema/index.ts';

export const ORG_ROUTES_AS_OF = '2026-06-30';
/** Key accounts reached through their people, 3–4 hops from the colleagues. */
export const ACCOUNTS = ['acc-1', 'acc-2', 'acc-3'];
/** Reached only over weak ties: its best scores are far below any threshold. */
export const WEAK_ACCOUNT = 'acc-weak';
/** Only routes of 5 hops or more lead here. */
export const FAR_ACCOUNT = 'acc-far';

/** mulberry32: the same network on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Colleagues know people in a first layer, who know a second layer, who know the
 * key accounts' people; both layers work for middle organisations, so routes also
 * run through an organisation and its people. Denied consent on some, dates of
 * last contact on most, no hub near the cap.
 */
export function orgRoutesNetwork(): { nodes: NodeInput[]; relationships: RelationshipInput[] } {
  const rng = random(20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const nodes: NodeInput[] = [{ id: 'own-1', kind: 'OwnCompany', name: 'Own Company' }];
  const relationships: RelationshipInput[] = [];
  const consent = () => {
    const r = rng();
    return { status: r < 0.25 ? 'denied' : r < 0.6 ? 'granted' : 'unknown' } as const;
  };
  const contact = (id: string) => nodes.push({ id, kind: 'Contact', name: id, consent: consent() });
  const tied = new Set<string>();
  const tie = (source: string, target: string, low = 0.35, high = 1): void => {
    const pair = [source, target].sort().join('|');
    if (source === target || tied.has(pair)) return;
    tied.add(pair);
    const strength = Math.round((low + rng() * (high - low)) * 100) / 100;
    const day = 1 + Math.floor(rng() * 28);
    const recent = rng() < 0.7 && {
      lastContact: `202${4 + Math.floor(rng() * 3)}-0${1 + Math.floor(rng() * 6)}-${String(day).padStart(2, '0')}`,
    };
    relationships.push({ source, target, type: 'KNOWS', strength, ...recent });
  };
  const worksFor = (person: string, org: string) =>
    relationships.push({ source: person, target: org, type: 'WORKS_FOR' });

  const colleagues = Array.from({ length: 6 }, (_, i) => `col-${i + 1}`);
  for (const id of colleagues) {
    nodes.push({ id, kind: 'Colleague', name: id });
    worksFor(id, 'own-1');
  }
  const middles = Array.from({ length: 6 }, (_, i) => `mid-${i + 1}`);
  for (const id of middles) nodes.push({ id, kind: 'Partner', name: id });
  const layer = (name: string, size: number) =>
    Array.from({ length: size }, (_, i) => {
      const id = `${name}-${i + 1}`;
      contact(id);
      worksFor(id, pick(middles));
      return id;
    });
  const first = layer('a', 40);
  const second = layer('b', 40);
  for (const id of colleagues) for (let i = 0; i < 4; i++) tie(id, pick(first));
  for (let i = 0; i < 60; i++) tie(pick(first), pick(second));
  for (let i = 0; i < 20; i++) tie(pick(first), pick(first));

  const account = (id: string, people: number) => {
    nodes.push({ id, kind: 'Customer', name: id, keyAccount: true });
    return Array.from({ length: people }, (_, i) => {
      const person = `${id}-p${i + 1}`;
      contact(person);
      worksFor(person, id);
      return person;
    });
  };
  for (const id of ACCOUNTS) for (const person of account(id, 4)) tie(pick(second), person);
  for (const person of account(WEAK_ACCOUNT, 3)) {
    const hop = `w-${person}`;
    contact(hop);
    tie(pick(first), hop, 0.15, 0.25);
    tie(hop, person, 0.15, 0.25);
  }
  // colleague → a → b → c → d → person: five hops, one more than allowed.
  const chain = ['c-1', 'c-2'];
  chain.forEach(contact);
  const [far] = account(FAR_ACCOUNT, 1);
  tie(pick(second), chain[0]!);
  tie(chain[0]!, chain[1]!);
  tie(chain[1]!, far!);
  return { nodes, relationships };
}
