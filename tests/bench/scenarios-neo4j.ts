import { missingToolchain, startNeo4j } from '../neo4j-server/neo4j-launcher.ts';
import { field, mapSpread, repeat, type ChildResult, type ResultRow } from './harness.ts';
import type { SizeContext } from './scenarios-store.ts';
import { spread } from './stats.ts';

const IMPORT = 'Neo4j: CSV import through the app vs LOAD CSV (relationships file)';
const PATHS = 'Neo4j: paths k=5 (app, bounded subgraph) vs Cypher SHORTEST 5 (unweighted)';

/** Starts the test server from tests/neo4j-server, measures, stops it. */
export async function neo4jScenario(ctx: SizeContext): Promise<ResultRow[]> {
  const missing = missingToolchain();
  if (missing) return skipped(ctx.size, `cannot start Neo4j: ${missing}`);
  let server;
  try {
    server = await startNeo4j({ log: (line) => process.stderr.write(`  ${line}\n`) });
  } catch (error) {
    return skipped(ctx.size, `Neo4j did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    const conn = { uri: server.uri, password: server.password };
    const files = { nodesCsv: ctx.files.nodesCsv, relationshipsCsv: ctx.files.relationshipsCsv };
    const runs = ctx.size === '10k' ? 3 : 2;
    const peer = repeat('neo4j-load-csv', runs, () => ({ ...conn, ...files }));
    const app = repeat('neo4j-import', runs, () => ({ ...conn, ...files }));
    const paths = repeat('neo4j-paths', 1, () => ({
      ...conn,
      keyAccounts: ctx.files.keyAccounts,
      queries: 50,
      seed: 300,
    }));
    return [...importRows(ctx, app, peer), ...pathRows(ctx, paths[0]!)];
  } finally {
    await server.stop();
  }
}

function importRows(ctx: SizeContext, app: ChildResult[], peer: ChildResult[]): ResultRow[] {
  const rows = ctx.files.relationships;
  const rate = (s: number) => rows / s;
  const appTime = field(app, 'relationshipsSeconds');
  const peerTime = field(peer, 'relationshipsSeconds');
  const loaded = Number(peer[0]!.relationships);
  return [
    {
      scenario: IMPORT,
      size: ctx.size,
      measure: 'throughput',
      unit: 'rows/s',
      ours: mapSpread(appTime, rate),
      peer: { name: 'LOAD CSV + CREATE', ...mapSpread(peerTime, rate) },
      ratio: { value: appTime.median / peerTime.median, meaning: 'app time / LOAD CSV time' },
      note: `app MERGEs by id and validates every row; LOAD CSV CREATEs (one pass per type), loaded ${loaded.toLocaleString('en')} rels; app import errors: ${String(app[0]!.errorCount)}; nodes file: app ${field(app, 'nodesSeconds').median.toFixed(1)} s, LOAD CSV ${field(peer, 'nodesSeconds').median.toFixed(1)} s`,
    },
  ];
}

function pathRows(ctx: SizeContext, result: ChildResult): ResultRow[] {
  const app = result.app as { p50: number; p95: number };
  const cypher = result.cypher as { p50: number; p95: number };
  const one = (x: number) => spread([x]);
  return (['p50', 'p95'] as const).map((p) => ({
    scenario: PATHS,
    size: ctx.size,
    measure: p,
    unit: 'ms',
    ours: one(app[p]),
    peer: { name: 'SHORTEST 5 from OwnCompany', ...one(cypher[p]) },
    ratio: { value: app[p] / cypher[p], meaning: 'app time / Cypher time' },
    note: 'same 50 key-account targets; the app pulls a subgraph (maxHops+1, hub cap 400, ≤ 20k nodes) and ranks weighted paths from every colleague; Cypher counts hops only, from the own company',
  }));
}

function skipped(size: string, reason: string): ResultRow[] {
  return [IMPORT, PATHS].map((scenario) => ({
    scenario,
    size,
    measure: '-',
    unit: '-',
    skipped: reason,
  }));
}
