import { defineConfig } from 'vitest/config';

/**
 * The Neo4j suites share one real server (started once per run by the global
 * setup) and one database, so they run one file at a time in their own project;
 * everything else runs in parallel on the two cores.
 */
const NEO4J_TESTS = ['tests/contract/neo4j-store.test.ts', 'tests/unit/neo4j/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/contract/**/*.test.ts'],
          exclude: NEO4J_TESTS,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: NEO4J_TESTS,
          globalSetup: ['tests/setup/neo4j-global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
