import {
  canonicalEndpoints,
  relationshipId,
  type NodeInput,
  type Relationship,
  type RelationshipType,
  type StakeholderNode,
} from '../../../graph-schema/index.ts';
import { buildAnalysisGraph, type AnalysisGraph } from '../../../shared/analysis/index.ts';

/**
 * A small account landscape, built by hand so every route can be checked on paper
 * (as of 2026-01-01, half-life 365 days):
 *
 * - Anna (account manager) knows consultant Carl (0.8, last contact 31 days ago),
 *   who advises Acme's CFO (0.9, 17 days ago): the best route, ≈ 0.657.
 * - Anna manages Acme directly, but weakly (0.3).
 * - Ben knows Sam (0.5) at distributor Dist (0.8), which supplies Acme (0.6): 0.24.
 * - Ben knows Paul (1.0), who knows the CFO (1.0): the strongest route of all, but
 *   Paul has denied consent. Carl also knows Acme's buyer, who denied consent too.
 * - Dora advises Ben and knows Acme's engineer (both 1.0): ADVISES flows only from
 *   Dora to Ben, so this is no route from Ben.
 * - Globex is reachable only through Vera, who denied consent.
 * - Initech is supplied by Dist only.
 */
const people: NodeInput[] = [
  { id: 'own', kind: 'OwnCompany', name: 'Our Company' },
  { id: 'anna', kind: 'Colleague', name: 'Anna Adler' },
  { id: 'ben', kind: 'Colleague', name: 'Ben Berger' },
  { id: 'acme', kind: 'Customer', name: 'Acme AG', keyAccount: true, tier: 'A' },
  { id: 'globex', kind: 'Customer', name: 'Globex GmbH', keyAccount: true },
  { id: 'initech', kind: 'Customer', name: 'Initech', keyAccount: true },
  { id: 'dist', kind: 'Distributor', name: 'Dist & Co' },
  {
    id: 'carl',
    kind: 'Influencer',
    name: 'Carl Consult',
    influencerType: 'consultant',
    stance: 'champion',
    consent: { status: 'granted' },
    source: 'trade fair 2025',
  },
  {
    id: 'cfo',
    kind: 'Contact',
    name: 'Clara CFO',
    decisionRole: 'decision-maker',
    consent: { status: 'granted' },
  },
  {
    id: 'buyer',
    kind: 'Contact',
    name: 'Bruno Buyer',
    decisionRole: 'buyer',
    consent: { status: 'denied' },
  },
  { id: 'engineer', kind: 'Contact', name: 'Erik Engineer', decisionRole: 'user' },
  { id: 'gatekeeper', kind: 'Contact', name: 'Greta Gate', decisionRole: 'gatekeeper' },
  { id: 'paul', kind: 'Contact', name: 'Paul Private', consent: { status: 'denied' } },
  { id: 'sam', kind: 'Contact', name: 'Sam Sales' },
  { id: 'dora', kind: 'Influencer', name: 'Dora Advisor' },
  { id: 'vera', kind: 'Influencer', name: 'Vera Veto', consent: { status: 'denied' } },
  { id: 'ceo', kind: 'Contact', name: 'Cem CEO', decisionRole: 'decision-maker' },
  { id: 'cto', kind: 'Contact', name: 'Tina CTO', decisionRole: 'influencer' },
];

const links: [string, RelationshipType, string, number, string?][] = [
  ['anna', 'WORKS_FOR', 'own', 0.8],
  ['ben', 'WORKS_FOR', 'own', 0.8],
  ['anna', 'MANAGES', 'acme', 0.3],
  ['anna', 'KNOWS', 'carl', 0.8, '2025-12-01'],
  ['carl', 'ADVISES', 'cfo', 0.9, '2025-12-15'],
  ['carl', 'KNOWS', 'buyer', 0.9],
  ['ben', 'KNOWS', 'paul', 1],
  ['paul', 'KNOWS', 'cfo', 1],
  ['ben', 'KNOWS', 'sam', 0.5],
  ['sam', 'WORKS_FOR', 'dist', 0.8],
  ['dist', 'SUPPLIES', 'acme', 0.6],
  ['dist', 'SUPPLIES', 'initech', 0.6],
  ['dora', 'ADVISES', 'ben', 1],
  ['dora', 'KNOWS', 'engineer', 1],
  ['cfo', 'WORKS_FOR', 'acme', 0.8],
  ['buyer', 'WORKS_FOR', 'acme', 0.8],
  ['engineer', 'WORKS_FOR', 'acme', 0.8],
  ['gatekeeper', 'WORKS_FOR', 'acme', 0.8],
  ['anna', 'KNOWS', 'vera', 0.9],
  ['vera', 'ADVISES', 'ceo', 0.9],
  ['ceo', 'WORKS_FOR', 'globex', 0.8],
  ['cto', 'WORKS_FOR', 'globex', 0.8],
];

export const AS_OF = '2026-01-01';
const w = (strength: number, ageDays = 0) => strength * 0.5 ** (ageDays / 365);
/** Scores worked out by hand from the list above. */
export const EXPECTED = {
  viaCarl: w(0.8, 31) * w(0.9, 17),
  direct: 0.3,
  viaDistributor: 0.5 * 0.8 * 0.6,
  viaPaul: 1,
  carlToBuyer: w(0.8, 31) * 0.9,
};

export function scenarioGraph(): AnalysisGraph {
  const nodes = people.map((p) => ({ tags: [], ...p }) as StakeholderNode);
  const relationships: Relationship[] = links.map(([a, type, b, strength, lastContact]) => {
    const [source, target] = canonicalEndpoints(type, a, b);
    return {
      id: relationshipId(type, source, target),
      type,
      source,
      target,
      strength,
      ...(lastContact ? { lastContact } : {}),
    };
  });
  return buildAnalysisGraph(nodes, relationships);
}
