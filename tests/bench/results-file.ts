import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ResultRow } from './harness.ts';
import type { MachineInfo } from './machine.ts';
import type { BenchResults, SizeRun } from './report.ts';

const SIZE_ORDER = ['10k', '100k', '1m'];
const rowKey = (r: ResultRow) => `${r.size}|${r.scenario}|${r.measure}`;

export function readResults(path: string): BenchResults | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BenchResults) : undefined;
}

/**
 * Merges this process's rows into the file as it is *now* (another bench command may
 * have written it meanwhile): a fresh row replaces the row of the same size, scenario
 * and measure; everything else is kept.
 */
export function mergeResults(
  path: string,
  machine: MachineInfo,
  rows: readonly ResultRow[],
  runs: Readonly<Record<string, SizeRun>>,
): BenchResults {
  const current = readResults(path);
  const fresh = new Set(rows.map(rowKey));
  const merged = [...(current?.rows ?? []).filter((r) => !fresh.has(rowKey(r))), ...rows];
  merged.sort((a, b) => SIZE_ORDER.indexOf(a.size) - SIZE_ORDER.indexOf(b.size));
  const results: BenchResults = { machine, runs: { ...current?.runs, ...runs }, rows: merged };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
