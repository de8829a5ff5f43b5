import { describe, expect, it } from 'vitest';
import {
  INTERACTION_CHANNELS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  relationshipId,
  validateBatch,
  validateInteraction,
  type NodeKind,
} from '../../../graph-schema/index.ts';
import {
  DEMO_AS_OF,
  DEMO_ROUTE,
  DEMO_SOURCE,
  demoNetwork,
} from '../../../electron/backend/demo/demo-network.ts';
import { afterInteractions, allPathsTo } from './brute-force-paths.ts';

const network = demoNetwork();
const nodeById = new Map(network.nodes.map((n) => [n.id, n]));
const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => {
    acc[key(item)] = (acc[key(item)] ?? 0) + 1;
    return acc;
  }, {});

describe('demoNetwork', () => {
  it('passes the one validation gate of graph-schema without a single issue', () => {
    const result = validateBatch(network, () => undefined);
    expect(result.issues).toEqual([]);
    const kindOf = (id: string): NodeKind | undefined => nodeById.get(id)?.kind;
    const issues = network.interactions.flatMap(
      (i, index) => validateInteraction(i, index, kindOf).issues,
    );
    expect(issues).toEqual([]);
  });

  it('has the size of a real account team’s network and uses every kind and type', () => {
    expect(network.nodes.length).toBeGreaterThanOrEqual(130);
    expect(network.nodes.length).toBeLessThanOrEqual(170);
    expect(network.relationships.length).toBeGreaterThanOrEqual(350);
    expect(network.relationships.length).toBeLessThanOrEqual(480);
    expect(network.interactions.length).toBeGreaterThanOrEqual(170);
    expect(network.interactions.length).toBeLessThanOrEqual(240);
    expect(Object.keys(countBy(network.nodes, (n) => n.kind)).sort()).toEqual(
      [...NODE_KINDS].sort(),
    );
    expect(Object.keys(countBy(network.relationships, (r) => r.type)).sort()).toEqual(
      [...RELATIONSHIP_TYPES].sort(),
    );
    const keyAccounts = network.nodes.filter((n) => n.kind === 'Customer' && n.keyAccount);
    expect(keyAccounts.length).toBeGreaterThanOrEqual(8);
    expect(new Set(keyAccounts.map((n) => n.tier))).toEqual(new Set(['A', 'B', 'C']));
  });

  it('is the same on every call: ids, strengths and dates', () => {
    expect(JSON.stringify(demoNetwork())).toBe(JSON.stringify(network));
  });

  it('has unique ids and unique relationships', () => {
    expect(new Set(network.nodes.map((n) => n.id)).size).toBe(network.nodes.length);
    const relIds = network.relationships.map((r) => relationshipId(r.type, r.source, r.target));
    expect(new Set(relIds).size).toBe(relIds.length);
    const interactionIds = network.interactions.map((i) => i.id);
    expect(new Set(interactionIds).size).toBe(interactionIds.length);
  });

  it('labels every record as demo data', () => {
    expect(network.nodes.every((n) => n.source === DEMO_SOURCE)).toBe(true);
    expect(network.relationships.every((r) => r.origin === DEMO_SOURCE)).toBe(true);
    expect(network.interactions.every((i) => i.origin === DEMO_SOURCE)).toBe(true);
  });

  it('logs a year of interactions before the demo date, over several channels', () => {
    const dates = network.interactions.map((i) => i.date).sort();
    expect(dates[0]! >= '2025-11-01').toBe(true);
    expect(dates.at(-1)! < DEMO_AS_OF).toBe(true);
    const channels = countBy(network.interactions, (i) => i.channel);
    for (const channel of ['meeting', 'call', 'email', 'video', 'event']) {
      expect(INTERACTION_CHANNELS).toContain(channel);
      expect(channels[channel]).toBeGreaterThan(0);
    }
  });

  it('mixes stance and consent the way a real CRM does', () => {
    const people = network.nodes.filter((n) => n.consent !== undefined);
    const stances = countBy(people, (n) => n.stance ?? 'none');
    for (const stance of ['champion', 'supporter', 'neutral', 'skeptic', 'opponent']) {
      expect(stances[stance]).toBeGreaterThan(0);
    }
    const consent = countBy(people, (n) => n.consent?.status ?? 'none');
    expect(consent.granted! + consent.unknown!).toBeGreaterThan(people.length * 0.8);
    expect(consent.denied).toBeGreaterThanOrEqual(3);
    const denied = people.filter((n) => n.consent?.status === 'denied');
    expect(denied.every((n) => /^\d{4}-\d{2}-\d{2}$/.test(n.consent?.date ?? ''))).toBe(true);
  });

  it('has stale ties (no contact for over a year) next to fresh ones', () => {
    const yearBefore = '2025-11-01';
    const dated = network.relationships.filter((r) => r.lastContact !== undefined);
    const stale = dated.filter((r) => r.lastContact! < yearBefore);
    expect(stale.length).toBeGreaterThan(dated.length * 0.1);
    expect(stale.length).toBeLessThan(dated.length * 0.5);
    expect(new Set(network.relationships.map((r) => r.strength)).size).toBeGreaterThan(30);
  });

  it('spells names in real Unicode: umlauts, ß, Ø, a Turkish ı and a Chinese name', () => {
    const names = network.nodes.map((n) => n.name).join('\n');
    for (const pattern of [/[äöü]/, /ß/, /Ø/, /ı/, /\p{Script=Han}/u]) {
      expect(names).toMatch(pattern);
    }
  });
});

describe('the named route into Hansa Präzisionsteile AG', () => {
  const has = (type: string, source: string, target: string) =>
    network.relationships.some(
      (r) => r.type === type && r.source === source && r.target === target,
    );

  it('exists as relationships: colleague KNOWS planner ADVISES decision maker', () => {
    expect(nodeById.get(DEMO_ROUTE.account)).toMatchObject({
      name: 'Hansa Präzisionsteile AG',
      keyAccount: true,
    });
    expect(nodeById.get(DEMO_ROUTE.colleague)?.kind).toBe('Colleague');
    expect(nodeById.get(DEMO_ROUTE.planner)).toMatchObject({
      kind: 'Influencer',
      influencerType: 'planner',
    });
    expect(nodeById.get(DEMO_ROUTE.decisionMaker)).toMatchObject({
      kind: 'Contact',
      decisionRole: 'decision-maker',
    });
    const [a, b] = [DEMO_ROUTE.colleague, DEMO_ROUTE.planner].sort();
    expect(has('KNOWS', a!, b!)).toBe(true);
    expect(has('ADVISES', DEMO_ROUTE.planner, DEMO_ROUTE.decisionMaker)).toBe(true);
    expect(has('WORKS_FOR', DEMO_ROUTE.decisionMaker, DEMO_ROUTE.account)).toBe(true);
    expect(has('MANAGES', DEMO_ROUTE.colleague, DEMO_ROUTE.account)).toBe(true);
  });

  it('is clearly the strongest way to the decision maker from any colleague', () => {
    const relationships = afterInteractions(network.relationships, network.interactions);
    const ours = network.nodes.filter((n) => n.kind === 'Colleague' || n.kind === 'OwnCompany');
    const paths = allPathsTo(
      { nodes: network.nodes, relationships },
      ours.map((n) => n.id),
      DEMO_ROUTE.decisionMaker,
      { asOf: DEMO_AS_OF, maxHops: 4 },
    );
    const [best] = paths;
    expect(best?.nodes).toEqual([
      DEMO_ROUTE.colleague,
      DEMO_ROUTE.planner,
      DEMO_ROUTE.decisionMaker,
    ]);
    const withoutPlanner = paths.find((p) => !p.nodes.includes(DEMO_ROUTE.planner));
    expect(withoutPlanner).toBeDefined();
    expect(best!.score).toBeGreaterThan(1.5 * withoutPlanner!.score);
  });
});
