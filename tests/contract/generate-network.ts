import {
  relationshipId,
  type NodeInput,
  type NodeKind,
  type RelationshipInput,
} from '../../graph-schema/index.ts';
import { seededRandom } from '../../shared/random/seeded-random.ts';

export interface GeneratedNetwork {
  readonly nodes: NodeInput[];
  readonly relationships: RelationshipInput[];
}

const FIRST = ['Anna', 'Jörg', 'Müge', 'Sören', 'Lea', 'Tomás', 'Zoë', 'Björn', 'Ida', 'Paul'];
const LAST = ['Müller', 'Groß', 'Schäfer', 'Weiß', 'Öztürk', 'Brandt', 'Nowak', 'Fuchs'];
const ORG_KINDS: NodeKind[] = ['Customer', 'Distributor', 'Partner', 'Media'];
const PERSON_KINDS: NodeKind[] = ['Contact', 'Contact', 'Contact', 'Influencer', 'Journalist'];

/**
 * A deterministic network: `organisations` firms, everyone else a person who
 * works for one of them, and KNOWS relationships (skewed, so a few people are
 * hubs) until there are exactly `relationshipCount` distinct relationships.
 */
export function generateNetwork(
  nodeCount = 10_000,
  relationshipCount = 50_000,
  seed = 20_261_122,
): GeneratedNetwork {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const organisations = Math.max(1, Math.round(nodeCount / 20));
  const nodes: NodeInput[] = [];
  for (let i = 0; i < organisations; i++) {
    nodes.push({
      id: `org-${i}`,
      kind: pick(ORG_KINDS),
      name: `${pick(LAST)} ${i} GmbH`,
      tags: ['generated'],
    });
  }
  const people: string[] = [];
  for (let i = 0; i < nodeCount - organisations; i++) {
    const id = `person-${i}`;
    people.push(id);
    nodes.push({
      id,
      kind: pick(PERSON_KINDS),
      name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
      tags: ['generated'],
    });
  }
  const relationships: RelationshipInput[] = [];
  const seen = new Set<string>();
  const add = (rel: RelationshipInput): void => {
    const id = relationshipId(rel.type, rel.source, rel.target);
    if (seen.has(id) || rel.source === rel.target || relationships.length >= relationshipCount)
      return;
    seen.add(id);
    relationships.push(rel);
  };
  for (const person of people) {
    add({
      type: 'WORKS_FOR',
      source: person,
      target: `org-${Math.floor(random() * organisations)}`,
    });
  }
  // Squaring the draw makes low indices popular: a realistic few well-connected people.
  const skewed = (): string => people[Math.floor(random() * random() * people.length)]!;
  while (relationships.length < relationshipCount) {
    add({
      type: 'KNOWS',
      source: pick(people),
      target: skewed(),
      strength: Math.round((0.1 + random() * 0.9) * 100) / 100,
    });
  }
  return { nodes, relationships };
}
