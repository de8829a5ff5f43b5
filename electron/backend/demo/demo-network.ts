import type {
  InteractionInput,
  NodeInput,
  RelationshipInput,
} from '../../../graph-schema/index.ts';
import { KEY_ACCOUNTS } from './demo-accounts.ts';
import { DemoBuilder } from './demo-builder.ts';
import { demoInteractions } from './demo-interactions.ts';
import { createRandom } from './demo-random.ts';
import { wireEcosystem } from './wire-ecosystem.ts';
import { wireKeyAccount } from './wire-key-accounts.ts';

export { DEMO_AS_OF, DEMO_SOURCE } from './demo-builder.ts';
export { DEMO_ROUTE } from './demo-route.ts';

export interface DemoNetwork {
  readonly nodes: NodeInput[];
  readonly relationships: RelationshipInput[];
  readonly interactions: InteractionInput[];
}

/** Fixed seed: the same network, ids and dates on every machine and every run. */
const SEED = 20_261_101;

/**
 * Krämer Maschinenbau GmbH, a machine builder from Gütersloh, and the network
 * around its key accounts: about 150 stakeholders, 400 relationships and a year
 * of interactions. Hand-written people and ties; strengths, dates, stance and
 * consent come from a seeded generator.
 */
export function demoNetwork(): DemoNetwork {
  const random = createRandom(SEED);
  const builder = new DemoBuilder(random);
  wireEcosystem(builder);
  for (const account of KEY_ACCOUNTS) wireKeyAccount(builder, account);
  const relationships = builder.relationships;
  return {
    nodes: builder.nodes,
    relationships,
    interactions: demoInteractions(builder.nodes, relationships, random),
  };
}
