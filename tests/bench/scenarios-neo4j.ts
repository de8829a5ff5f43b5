import { availableParallelism, loadavg } from 'node:os';
import { missingToolchain, startNeo4j } from '../neo4j-server/neo4j-launcher.ts';
import { field, mapSpread, repeat, type ChildResult, type ResultRow } from './harness.ts';
import type { SizeContext } from './scenarios-store.ts';
import { spread } from './stats.ts';

const IMPORT = 'Neo4j: CSV import through the app vs LOAD CSV (relationships file)';
const PATHS = 'Neo4j: paths k=5, 4 hops (app, default starts) vs Cypher SHORTEST 5 (unweighted)';

/** Starts the test server from tests/neo4j-server, measures, stops it. */
export async function neo4jScenario(ctx: SizeContext): Promise<ResultRow[]> {
  const missing = missingToolchain();
  if (missing) return skipped(ctx.size, `cannot start Neo4j: ${missing}`);
  // Bigger networks get the memory a real server would have (24 GiB on the bench machine).
  const big = ctx.size !== '10k';
  let server;
  try {
    server = await startNeo4j({
      log: (line) => process.stderr.write(`  ${line}\n`),
      fullJit: true,
      ...(big && { heap: '4g', pageCacheMb: 4096 }),
    });
  } catch (error) {
    return skipped(ctx.size, `Neo4j did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    const conn = { uri: server.uri, password: server.password };
    const files = { nodesCsv: ctx.files.nodesCsv, relationshipsCsv: ctx.files.relationshipsCsv };
    const queries = Number(process.env.XRM_BENCH_NEO4J_PATH_QUERIES ?? (big ? 20 : 50));
    const paths = () =>
      repeat('neo4j-paths', 1, () => ({
        ...conn,
        keyAccounts: ctx.files.keyAccounts,
        queries,
        seed: 300,
      }))[0]!;
    // XRM_BENCH_NEO4J_PATHS_ONLY=1: the path rows alone, on data loaded by LOAD CSV (~2 min
    // at 1M instead of ~15 with both imports twice).
    if (process.env.XRM_BENCH_NEO4J_PATHS_ONLY) {
      repeat('neo4j-load-csv', 1, () => ({ ...conn, ...files }));
      return pathRows(ctx, paths(), `${loadAverage()}; loaded by LOAD CSV`);
    }
    const runs = ctx.size === '10k' ? Math.min(3, ctx.runs.quick) : Math.min(2, ctx.runs.heavy);
    // Side by side: LOAD CSV and the app take turns, so both see the same machine load.
    const peer: ChildResult[] = [];
    const app: ChildResult[] = [];
    for (let run = 0; run < runs; run++) {
      peer.push(...repeat('neo4j-load-csv', 1, () => ({ ...conn, ...files })));
      app.push(...repeat('neo4j-import', 1, () => ({ ...conn, ...files })));
    }
    const importLoad = loadAverage();
    const pathResult = paths();
    return [...importRows(ctx, app, peer, importLoad), ...pathRows(ctx, pathResult, loadAverage())];
  } finally {
    await server.stop();
  }
}

/** The machine is shared: the 1-minute load average goes into every row's note. */
function loadAverage(): string {
  return `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
}

function importRows(
  ctx: SizeContext,
  app: ChildResult[],
  peer: ChildResult[],
  load: string,
): ResultRow[] {
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
      ...(ctx.isTargetSize && {
        target: '≥ 50 % of LOAD CSV (issue 5)',
        met: peerTime.median / appTime.median >= 0.5,
      }),
      note: `${load}; app MERGEs by type and endpoints and validates every row; LOAD CSV CREATEs (one pass per type), loaded ${loaded.toLocaleString('en')} rels; app import errors: ${String(app[0]!.errorCount)}; nodes file: app ${field(app, 'nodesSeconds').median.toFixed(1)} s, LOAD CSV ${field(peer, 'nodesSeconds').median.toFixed(1)} s`,
    },
  ];
}

function pathRows(ctx: SizeContext, result: ChildResult, load: string): ResultRow[] {
  const app = result.app as { p50: number; p95: number };
  const cypher = result.cypher as { p50: number; p95: number };
  const cut = `${String(result.cutQueries)} of ${String(result.queries)}`;
  const one = (x: number) => spread([x]);
  return (['p50', 'p95'] as const).map((p) => ({
    scenario: PATHS,
    size: ctx.size,
    measure: p,
    unit: 'ms',
    ours: one(app[p]),
    peer: { name: 'SHORTEST 5 from OwnCompany', ...one(cypher[p]) },
    ratio: { value: app[p] / cypher[p], meaning: 'app time / Cypher time' },
    note: `${load}; same ${String(result.queries)} key-account targets; the app's findPaths from every colleague and the own company (two-sided subgraph pruned by strength, hub cap 400, ≤ 20k nodes), ${Number(result.pathsPerQuery).toFixed(1)} paths per query, ${cut} answers noted a cap; Cypher counts hops only, from the own company`,
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
