import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { NetworkFiles, NetworkSpec } from './generate-network.ts';
import { cliNodeFlags, field, mapSpread, repeat, type ResultRow } from './harness.ts';
import { spread } from './stats.ts';

export interface SizeContext {
  readonly size: string;
  readonly spec: NetworkSpec;
  readonly files: NetworkFiles;
  /** Store file filled by the upsert scenario and read by load, search and paths. */
  readonly db: string;
  readonly runs: { readonly quick: number; readonly heavy: number };
  /** Targets of the issues are stated for the 1M-relationship network. */
  readonly isTargetSize: boolean;
}

const perSecond = (rows: number) => (seconds: number) => rows / seconds;

export function importScenario(ctx: SizeContext): ResultRow[] {
  const { files, size } = ctx;
  const runs = ctx.size === '10k' ? ctx.runs.quick : ctx.runs.heavy;
  const db = join(files.dir, 'import.db');
  const app = repeat(
    'import',
    runs,
    () => ({ nodesCsv: files.nodesCsv, relationshipsCsv: files.relationshipsCsv, db }),
    cliNodeFlags(),
  );
  const errors = Number(app[0]!.errorCount);
  const peer = Array.from({ length: runs }, () => sqliteImport(files.relationshipsCsv, db));
  const appSeconds = field(app, 'relationshipsSeconds');
  const peerSeconds = spread(peer.map((p) => p.seconds));
  const rows = files.relationships;
  const rate = mapSpread(appSeconds, perSecond(rows));
  const scenario = 'CSV import (relationships file)';
  const note = errors > 0 ? `${errors} rows rejected: ${String(app[0]!.errors)}` : undefined;
  const ratio = appSeconds.median / peerSeconds.median;
  const appRss = field(app, 'maxRssMB');
  return [
    {
      scenario,
      size,
      measure: 'throughput',
      unit: 'rows/s',
      ours: rate,
      peer: { name: 'sqlite3 .import', ...mapSpread(peerSeconds, perSecond(rows)) },
      ratio: { value: ratio, meaning: 'app time / sqlite3 time' },
      target: '≥ 80,000 rows/s and ≤ 3× sqlite3',
      met: rate.median >= 80_000 && ratio <= 3,
      ...(note ? { note } : {}),
    },
    {
      scenario: 'CSV import (nodes file)',
      size,
      measure: 'throughput',
      unit: 'rows/s',
      ours: mapSpread(field(app, 'nodesSeconds'), perSecond(files.nodes)),
    },
    {
      scenario: 'CSV import peak memory',
      size,
      measure: 'max RSS of the importing process',
      unit: 'MB',
      ours: appRss,
      peer: { name: 'sqlite3 .import', ...spread(peer.map((p) => p.maxRssMB)) },
      target: '< 500 MB for a 1M-row file',
      ...(ctx.isTargetSize ? { met: appRss.max < 500 } : {}),
      note: `nodes file then relationships file in one process, started with xrm's Node flags (${cliNodeFlags().join(' ')})`,
    },
  ];
}

/** Debian's sqlite3 CLI importing the same file into a bare table (no indexes, no checks). */
function sqliteImport(csv: string, db: string): { seconds: number; maxRssMB: number } {
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  const script = [
    'CREATE TABLE relationships(source TEXT, target TEXT, type TEXT, strength REAL,',
    '  sentiment REAL, since TEXT, last_contact TEXT);',
    `.import --csv --skip 1 '${csv}' relationships`,
    '',
  ].join('\n');
  const t = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB %M', 'sqlite3', db], {
    input: script,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t) / 1000;
  rmSync(db, { force: true });
  const kb = /MAXRSS_KB (\d+)/.exec(run.stderr)?.[1];
  if (run.status !== 0 || !kb) throw new Error(`sqlite3 .import failed: ${run.stderr.trim()}`);
  return { seconds, maxRssMB: Number(kb) / 1024 };
}

/**
 * Bulk batches (50,000 rows, as an import or a sync would send) are the
 * target's row; 5,000-row batches show what small batches cost: every commit
 * writes the index pages it touched, and random endpoints touch most of them.
 */
const UPSERT_BATCHES = [50_000, 5_000] as const;

export function upsertScenario(ctx: SizeContext): ResultRow[] {
  const runs = ctx.size === '10k' ? ctx.runs.quick : ctx.runs.heavy;
  return UPSERT_BATCHES.flatMap((batchSize, i) => {
    // Every run rebuilds ctx.db from scratch; the last one stays for load, search and paths.
    const results = repeat('upsert', runs, () => ({ spec: ctx.spec, db: ctx.db, batchSize }));
    const rels = mapSpread(
      field(results, 'relationshipsSeconds'),
      perSecond(ctx.files.relationships),
    );
    const base = {
      size: ctx.size,
      unit: 'rows/s',
      note: `upsertBatch, ${batchSize.toLocaleString('en')} rows per batch, fresh file`,
    };
    const judged = ctx.isTargetSize && i === 0;
    // Rows are keyed by scenario: the small-batch rows need names of their own.
    const small = i === 0 ? '' : `, ${batchSize.toLocaleString('en')}-row batches`;
    return [
      {
        ...base,
        scenario: `Store upsert (relationships${small})`,
        measure: 'throughput',
        ours: rels,
        ...(i === 0 ? { target: '≥ 100,000 rows/s at 1M rels' } : {}),
        ...(judged ? { met: rels.median >= 100_000 } : {}),
      },
      {
        ...base,
        scenario: `Store upsert (nodes${small})`,
        measure: 'throughput',
        ours: mapSpread(field(results, 'nodesSeconds'), perSecond(ctx.files.nodes)),
      },
    ];
  });
}

export function loadScenario(ctx: SizeContext): ResultRow[] {
  const runs = ctx.size === '10k' ? ctx.runs.quick : ctx.runs.heavy;
  const results = repeat('load', runs, () => ({ db: ctx.db }));
  const total = field(results, 'totalSeconds');
  const rss = field(results, 'maxRssMB');
  const scenario = 'Graph load for analysis';
  const base = { scenario, size: ctx.size };
  const split = `read ${field(results, 'streamSeconds').median.toFixed(2)} s + build ${field(results, 'buildSeconds').median.toFixed(2)} s (path index included)`;
  return [
    {
      ...base,
      measure: 'time (lean read + buildAnalysisNetwork)',
      unit: 's',
      ours: total,
      target: '≤ 3 s at 1M rels',
      note: split,
      ...(ctx.isTargetSize ? { met: total.median <= 3 } : {}),
    },
    {
      ...base,
      measure: 'heap + typed arrays growth after GC',
      unit: 'MB',
      ours: field(results, 'heapDeltaMB'),
    },
    {
      ...base,
      measure: 'peak RSS of the process',
      unit: 'MB',
      ours: rss,
      target: '≤ 1.5 GB at 1M rels',
      ...(ctx.isTargetSize ? { met: rss.max <= 1536 } : {}),
    },
  ];
}

export function searchScenario(ctx: SizeContext): ResultRow[] {
  const results = repeat('search', ctx.runs.quick, (run) => ({
    db: ctx.db,
    queries: 200,
    seed: 100 + run,
  }));
  const base = { scenario: 'Search (200 name prefixes, limit 20)', size: ctx.size, unit: 'ms' };
  const note = `${ctx.files.nodes.toLocaleString('en')} nodes; e.g. ${(results[0]!.sample as string[]).slice(0, 4).join(', ')}`;
  const p95 = field(results, 'p95');
  return [
    { ...base, measure: 'p50', ours: field(results, 'p50'), note },
    {
      ...base,
      measure: 'p95',
      ours: p95,
      target: '≤ 20 ms at 100k nodes',
      ...(ctx.isTargetSize ? { met: p95.median <= 20 } : {}),
    },
  ];
}
