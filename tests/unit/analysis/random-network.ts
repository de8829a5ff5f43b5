import fc from 'fast-check';
import {
  allowsEndpoints,
  canonicalEndpoints,
  CONSENT_STATUSES,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  relationshipId,
  type NodeKind,
  type Relationship,
  type StakeholderNode,
} from '../../../graph-schema/index.ts';

export interface Network {
  readonly nodes: StakeholderNode[];
  readonly relationships: Relationship[];
}

const PERSON: ReadonlySet<NodeKind> = new Set(['Contact', 'Influencer', 'Journalist', 'Colleague']);

/** Weighted so that most networks have a start (Colleague) and people to route through. */
const kindArb: fc.Arbitrary<NodeKind> = fc.oneof(
  { arbitrary: fc.constantFrom<NodeKind>('Colleague', 'Contact'), weight: 5 },
  { arbitrary: fc.constantFrom<NodeKind>('Customer', 'Influencer'), weight: 3 },
  { arbitrary: fc.constantFrom(...NODE_KINDS), weight: 3 },
);

const nodeArb = fc.record({
  kind: kindArb,
  consent: fc.option(fc.constantFrom(...CONSENT_STATUSES), { nil: undefined }),
});

/** A few discrete strengths make exact ties common; the float ones make them rare. */
const strengthArb = fc.oneof(
  fc.constantFrom(0.25, 0.5, 0.8, 1),
  fc.double({ min: 0.05, max: 1, noNaN: true }),
);

const dateArb = fc.option(
  fc
    .date({ min: new Date('2023-01-01'), max: new Date('2026-06-30'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);

const relArb = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  t: fc.nat(),
  strength: strengthArb,
  lastContact: dateArb,
});

/** Random stakeholder networks whose relationships respect the endpoint rules of each type. */
export const networkArb = (maxNodes = 8, maxRels = 24): fc.Arbitrary<Network> =>
  fc
    .record({
      nodes: fc.array(nodeArb, { minLength: 3, maxLength: maxNodes }),
      rels: fc.array(relArb, { minLength: 4, maxLength: maxRels }),
    })
    .map(({ nodes, rels }) => {
      const stakeholders: StakeholderNode[] = nodes.map((n, i) => ({
        id: `n${i}`,
        kind: n.kind,
        name: `Node ${i}`,
        tags: [],
        ...(PERSON.has(n.kind) && n.consent ? { consent: { status: n.consent } } : {}),
      }));
      const relationships = new Map<string, Relationship>();
      for (const r of rels) {
        const s = stakeholders[r.a % stakeholders.length]!;
        const t = stakeholders[r.b % stakeholders.length]!;
        if (s.id === t.id) continue;
        const types = RELATIONSHIP_TYPES.filter((type) => allowsEndpoints(type, s.kind, t.kind));
        const type = types[r.t % Math.max(1, types.length)];
        if (!type) continue;
        const [source, target] = canonicalEndpoints(type, s.id, t.id);
        const id = relationshipId(type, source, target);
        relationships.set(id, {
          id,
          type,
          source,
          target,
          strength: r.strength,
          ...(r.lastContact ? { lastContact: r.lastContact } : {}),
        });
      }
      return { nodes: stakeholders, relationships: [...relationships.values()] };
    });
