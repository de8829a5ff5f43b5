import { describe } from 'vitest';
import { neo4jServer, openFreshStore } from '../unit/neo4j/neo4j-test-server.ts';
import { describeGraphStoreContract } from './graph-store.contract.ts';

// The same suite as the embedded store, unchanged, against a real Neo4j 5.26
// (started once per run by tests/setup/neo4j-global-setup.ts). Community has one
// user database, so each test gets it emptied instead of a new one.
describe.skipIf(!neo4jServer)('Neo4j store', () => {
  describeGraphStoreContract('Neo4j', async () => {
    const store = await openFreshStore();
    return { store, cleanup: () => store.close() };
  });
});
