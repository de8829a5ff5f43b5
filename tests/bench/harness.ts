import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RESULT_PREFIX } from './child-common.ts';
import { spread, type Spread } from './stats.ts';

/** One line of the results table. A skipped row has no numbers, only the reason. */
export interface ResultRow {
  readonly scenario: string;
  readonly size: string;
  readonly measure: string;
  readonly unit: string;
  readonly ours?: Spread;
  readonly peer?: Spread & { readonly name: string };
  /** How the ratio reads, e.g. "app time / sqlite3 time". */
  readonly ratio?: { readonly value: number; readonly meaning: string };
  readonly target?: string;
  readonly met?: boolean;
  readonly note?: string;
  readonly skipped?: string;
}

export type ChildResult = Record<string, unknown>;

const CHILD = fileURLToPath(new URL('./bench-child.ts', import.meta.url));

/** Room for the 1M-relationship analyses; GC exposed for memory deltas. */
const ANALYSIS_FLAGS = ['--expose-gc', '--max-old-space-size=8192'];

/**
 * The Node flags `xrm` runs with, read from its shebang: a task that stands for
 * a CLI command (the CSV import) is measured under the same V8 settings, since
 * the heap sizes they set decide the peak memory.
 */
export function cliNodeFlags(): string[] {
  const cli = fileURLToPath(new URL('../../electron/cli/xrm.ts', import.meta.url));
  const shebang = readFileSync(cli, 'utf8').split('\n', 1)[0] ?? '';
  return shebang.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** Runs one task in a fresh Node process and returns what it reported. */
export function runChild(task: string, args: object, flags = ANALYSIS_FLAGS): ChildResult {
  const result = spawnSync(
    process.execPath,
    [...flags, '--disable-warning=ExperimentalWarning', CHILD, task, JSON.stringify(args)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const line = result.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (result.status !== 0 || !line) {
    const tail = `${result.stderr}`.trim().split('\n').slice(-6).join('\n');
    throw new Error(`bench task "${task}" failed (exit ${result.status}):\n${tail}`);
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult;
}

/** `times` runs of a task, with progress on stderr so stdout stays the table. */
export function repeat(
  task: string,
  times: number,
  args: (run: number) => object,
  flags?: string[],
): ChildResult[] {
  const results: ChildResult[] = [];
  for (let run = 0; run < times; run++) {
    process.stderr.write(`  ${task} ${run + 1}/${times}…`);
    const t = performance.now();
    results.push(runChild(task, args(run), flags));
    process.stderr.write(` ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  return results;
}

export function field(results: readonly ChildResult[], name: string): Spread {
  return spread(results.map((r) => Number(r[name])));
}

export function mapSpread(s: Spread, f: (x: number) => number): Spread {
  const [a, b] = [f(s.min), f(s.max)];
  return { median: f(s.median), min: Math.min(a, b), max: Math.max(a, b), runs: s.runs };
}
