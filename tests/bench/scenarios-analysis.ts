import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NetworkFiles, NetworkSpec } from './generate-network.ts';
import { field, repeat, type ResultRow } from './harness.ts';
import type { SizeContext } from './scenarios-store.ts';
import { correlation, spread } from './stats.ts';

export function pathsScenario(ctx: SizeContext): ResultRow[] {
  const runs = ctx.size === '10k' ? ctx.runs.quick : ctx.runs.heavy;
  const results = repeat('paths', runs, (run) => ({ db: ctx.db, queries: 50, seed: 200 + run }));
  const first = results[0]!;
  const base = {
    scenario: 'Paths k=5, maxHops=4 (50 key-account queries)',
    size: ctx.size,
    unit: 'ms',
  };
  const note = `${String(first.keyAccounts)} key accounts sampled with repetition; mean ${Number(first.meanPaths).toFixed(1)} paths/query; first query (lays out the costs for asOf) ${Number(first.firstQueryMs).toFixed(0)} ms`;
  const p95 = field(results, 'p95');
  const both = spread(results.map((r) => Number(r.brokersSeconds) + Number(r.riskSeconds)));
  return [
    { ...base, measure: 'p50', ours: field(results, 'p50'), note },
    {
      ...base,
      measure: 'p95',
      ours: p95,
      target: '≤ 150 ms at 1M rels',
      ...(ctx.isTargetSize ? { met: p95.median <= 150 } : {}),
    },
    {
      scenario: 'Brokers + key-person risk (one key account)',
      size: ctx.size,
      measure: 'time',
      unit: 's',
      ours: both,
      note: `brokers ${field(results, 'brokersSeconds').median.toFixed(3)} s + risk ${field(results, 'riskSeconds').median.toFixed(3)} s`,
      target: '≤ 2 s at 1M rels',
      ...(ctx.isTargetSize ? { met: both.median <= 2 } : {}),
    },
  ];
}

interface NetworkxResult {
  readonly networkx: string;
  readonly loadSeconds: number;
  readonly betweennessSeconds: number[];
  readonly pagerankSeconds: number[];
  readonly betweenness: Record<string, number>;
  readonly pagerank: Record<string, number>;
}

/** A NetworkX run longer than this is stopped: on a busy machine it can take the better part of an hour. */
const NX_TIMEOUT_S = Number(process.env.XRM_BENCH_NX_TIMEOUT_S ?? 1200);
const NX_SCRIPT = fileURLToPath(new URL('./networkx_bench.py', import.meta.url));

/** Betweenness and PageRank, ours vs NetworkX, on the same generated graph. */
export function centralityScenario(
  size: string,
  spec: NetworkSpec,
  files: NetworkFiles,
  runs: number,
  nxRuns: number,
): ResultRow[] {
  const ours = repeat('centrality', runs, () => ({
    spec,
    out: join(files.dir, 'xrm-centrality.json'),
  }));
  const nxOut = join(files.dir, 'networkx-centrality.json');
  process.stderr.write(`  networkx ×${nxRuns}…\n`);
  const started = performance.now();
  const nx = spawnSync(
    'python3',
    [NX_SCRIPT, files.nodesCsv, files.relationshipsCsv, String(nxRuns), nxOut],
    {
      encoding: 'utf8',
      timeout: NX_TIMEOUT_S * 1000,
    },
  );
  const graph = `${files.nodes.toLocaleString('en')} nodes / ${files.relationships.toLocaleString('en')} rels`;
  if (nx.status !== 0 || !existsSync(nxOut)) {
    const waited = (performance.now() - started) / 1000;
    const oursTime = field(ours, 'betweennessSeconds');
    const skipped = nx.signal
      ? `NetworkX did not finish within ${Math.round(waited)} s (stopped); ours took ${oursTime.median.toFixed(1)} s, so the speed-up is > ${(waited / oursTime.median).toFixed(0)}×`
      : `NetworkX failed: ${nx.stderr.trim().split('\n').slice(-1)[0] || 'no output'}`;
    return [
      {
        scenario: 'Betweenness vs NetworkX',
        size,
        measure: `algorithm time (${graph})`,
        unit: 's',
        ours: oursTime,
        skipped,
      },
    ];
  }
  const peer = JSON.parse(readFileSync(nxOut, 'utf8')) as NetworkxResult;
  const mine = JSON.parse(readFileSync(join(files.dir, 'xrm-centrality.json'), 'utf8')) as Pick<
    NetworkxResult,
    'betweenness' | 'pagerank'
  >;
  const rows: ResultRow[] = [];
  for (const metric of ['betweenness', 'pagerank'] as const) {
    const oursTime = field(ours, `${metric}Seconds`);
    const peerTime = spread(peer[`${metric}Seconds`]);
    const ratio = peerTime.median / oursTime.median;
    rows.push({
      scenario: `${metric === 'betweenness' ? 'Betweenness' : 'PageRank'} vs NetworkX ${peer.networkx}`,
      size,
      measure: `algorithm time (${graph})`,
      unit: 's',
      ours: oursTime,
      peer: { name: 'NetworkX', ...peerTime },
      ratio: { value: ratio, meaning: 'NetworkX time / our time (speed-up)' },
      note: `results: ${agreement(mine[metric], peer[metric])}; NetworkX load ${peer.loadSeconds.toFixed(2)} s, ours ${field(ours, 'loadSeconds').median.toFixed(2)} s`,
      ...(metric === 'betweenness'
        ? {
            target: '≥ 5× faster than NetworkX on 10k nodes / 50k rels',
            ...(files.nodes >= 10_000 ? { met: ratio >= 5 } : {}),
          }
        : {}),
    });
  }
  return rows;
}

/** Top-10 ids equal? correlation over all nodes, and the largest absolute difference. */
function agreement(ours: Record<string, number>, theirs: Record<string, number>): string {
  const ids = Object.keys(theirs).sort();
  const a = ids.map((id) => ours[id] ?? NaN);
  const b = ids.map((id) => theirs[id]!);
  const top = (values: Record<string, number>) =>
    Object.keys(values)
      .sort((x, y) => values[y]! - values[x]! || (x < y ? -1 : 1))
      .slice(0, 10);
  const sameTop = top(ours).join() === top(theirs).join();
  const maxDiff = Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
  return `top-10 ${sameTop ? 'identical' : 'differ'}, r = ${correlation(a, b).toFixed(6)}, max |Δ| = ${maxDiff.toExponential(1)}`;
}
