import neo4j, { type Driver } from 'neo4j-driver';
import {
  NEO4J_SCHEMA_STATEMENTS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
} from '../../graph-schema/index.ts';
import { createAnalysisService } from '../../electron/backend/analysis/analysis-service.ts';
import { importBothFiles } from './child-import-task.ts';
import { openNeo4jStore } from '../../electron/backend/store/neo4j/open-neo4j-store.ts';
import { GENERATED_AS_OF } from './generate-network.ts';
import { seconds } from './child-common.ts';
import { latencySummary } from './stats.ts';
import { Prng } from './prng.ts';

interface Server {
  readonly uri: string;
  readonly password: string;
}
interface Files {
  readonly nodesCsv: string;
  readonly relationshipsCsv: string;
}

function driverFor(server: Server): Driver {
  return neo4j.driver(server.uri, neo4j.auth.basic('neo4j', server.password), {
    disableLosslessIntegers: true,
  });
}

async function run(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  const session = driver.session({ database: 'neo4j' });
  try {
    return (await session.run(cypher, params)).records;
  } finally {
    await session.close();
  }
}

async function clear(driver: Driver): Promise<void> {
  await run(driver, 'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** The app's import pipeline writing to Neo4j (MERGE by id in UNWIND batches). */
export async function neo4jImportTask(args: Server & Files) {
  const driver = driverFor(args);
  await clear(driver);
  await driver.close();
  const store = await openNeo4jStore({ uri: args.uri, user: 'neo4j', password: args.password });
  try {
    const { nodes, rels, nodesSeconds, relationshipsSeconds } = await importBothFiles(store, args);
    return { nodesSeconds, relationshipsSeconds, errorCount: nodes.errorCount + rels.errorCount };
  } finally {
    await store.close();
  }
}

/**
 * Neo4j's own bulk path for the same files: LOAD CSV with CREATE, one pass per
 * kind / type because labels and types cannot come from a parameter. Same schema
 * as the app's store (the unique id constraint is the index MATCH by id needs).
 */
export async function neo4jLoadCsvTask(args: Server & Files) {
  const driver = driverFor(args);
  try {
    for (const statement of NEO4J_SCHEMA_STATEMENTS) await run(driver, statement);
    await run(driver, 'CALL db.awaitIndexes(300)');
    await clear(driver);
    let t = performance.now();
    for (const kind of NODE_KINDS) {
      await run(
        driver,
        `LOAD CSV WITH HEADERS FROM $url AS row WITH row WHERE row.kind = $kind
         CALL { WITH row CREATE (:Stakeholder:${kind} {id: row.id, name: row.name, title: row.title,
           email: row.email, city: row.city, stance: row.stance, consentStatus: row.consent}) }
         IN TRANSACTIONS OF 5000 ROWS`,
        { url: `file://${args.nodesCsv}`, kind },
      );
    }
    const nodesSeconds = seconds(t);
    t = performance.now();
    for (const type of RELATIONSHIP_TYPES) {
      await run(
        driver,
        `LOAD CSV WITH HEADERS FROM $url AS row WITH row WHERE row.type = $type
         CALL { WITH row MATCH (a:Stakeholder {id: row.source}) MATCH (b:Stakeholder {id: row.target})
           CREATE (a)-[:${type} {strength: toFloat(row.strength), sentiment: toFloat(row.sentiment),
             since: row.since, lastContact: row.last_contact}]->(b) }
         IN TRANSACTIONS OF 5000 ROWS`,
        { url: `file://${args.relationshipsCsv}`, type },
      );
    }
    const relationshipsSeconds = seconds(t);
    const [count] = await run(driver, 'MATCH ()-[r]->() RETURN count(r) AS n');
    return { nodesSeconds, relationshipsSeconds, relationships: count?.get('n') as number };
  } finally {
    await driver.close();
  }
}

/**
 * Paths the way the app answers them on Neo4j: the analysis service's findPaths
 * with the default starts (every Colleague and the OwnCompany), k = 5, 4 hops —
 * the store reads starts, the account's people and a bounded two-sided subgraph,
 * then ranks weighted paths. Next to it Cypher's unweighted SHORTEST 5 from the
 * own company. One warm-up query (driver connection, Cypher plan cache, and the
 * store's cache of the default starts, which it reads again after 30 s) is not
 * counted; its time is reported as `warmUpMs`.
 */
export async function neo4jPathsTask(
  args: Server & { keyAccounts: string[]; queries: number; seed: number },
) {
  const store = await openNeo4jStore({ uri: args.uri, user: 'neo4j', password: args.password });
  const service = createAnalysisService(store);
  const driver = driverFor(args);
  const rng = new Prng(args.seed);
  const targets = Array.from({ length: args.queries }, () => rng.pick(args.keyAccounts));
  const query = (to: string) => service.findPaths({ to, k: 5, maxHops: 4, asOf: GENERATED_AS_OF });
  const app: number[] = [];
  const cypher: number[] = [];
  let cut = 0;
  let found = 0;
  const warmUp: number[] = [];
  try {
    const t = performance.now();
    await query(targets[0]!);
    warmUp.push(performance.now() - t);
    for (const to of targets) {
      let t = performance.now();
      const answer = await query(to);
      app.push(performance.now() - t);
      found += answer.paths.length;
      if (answer.notes.length > 0) cut++;
      t = performance.now();
      await run(
        driver,
        'MATCH p = SHORTEST 5 (s:OwnCompany)--{1,4}(t:Stakeholder {id: $id}) RETURN length(p) AS hops',
        { id: to },
      );
      cypher.push(performance.now() - t);
    }
  } finally {
    await driver.close();
    await store.close();
  }
  return {
    app: latencySummary(app),
    cypher: latencySummary(cypher),
    warmUpMs: warmUp[0],
    queries: targets.length,
    pathsPerQuery: found / targets.length,
    cutQueries: cut,
  };
}
