import type { TestProject } from 'vitest/node';
import { missingToolchain, startNeo4j, type RunningNeo4j } from '../neo4j-server/neo4j-launcher.ts';

/** What the Neo4j suites receive through `inject('neo4j')`; null when skipped. */
export interface Neo4jTestServer {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestServer | null;
  }
}

/**
 * Starts one real Neo4j per test run (random port on 127.0.0.1, random password,
 * temporary data folder) and stops it at the end. Without Java 17 and Maven the
 * Neo4j suites are skipped loudly on a developer machine and fail the run on CI.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const missing = missingToolchain();
  if (missing) {
    if (process.env.CI) {
      throw new Error(
        `Neo4j suite cannot run on CI: ${missing}. .ci/run must install Java 17 and Maven.`,
      );
    }
    const bar = '!'.repeat(72);
    console.warn(
      `\n${bar}\n!!! Neo4j suite SKIPPED: Java 17 / Maven not found (${missing}).\n${bar}\n`,
    );
    project.provide('neo4j', null);
    return async () => {};
  }
  const started = Date.now();
  const server: RunningNeo4j = await startNeo4j({ log: (line) => console.log(line) });
  console.log(
    `Neo4j test server ${server.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password });
  return () => server.stop();
}
