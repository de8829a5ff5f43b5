import type { ResultRow } from './harness.ts';
import type { MachineInfo } from './machine.ts';
import type { Spread } from './stats.ts';

export interface SizeRun {
  readonly date: string;
  readonly command: string;
  readonly loadAverageStart: readonly number[];
  readonly loadAverageEnd: readonly number[];
  readonly nodes: number;
  readonly relationships: number;
  readonly keyAccounts: number;
}

export interface BenchResults {
  readonly machine: MachineInfo;
  readonly runs: Record<string, SizeRun>;
  readonly rows: ResultRow[];
}

function num(x: number): string {
  if (!Number.isFinite(x)) return '-';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en');
  if (Math.abs(x) >= 10) return x.toFixed(1);
  if (Math.abs(x) >= 0.1) return x.toFixed(2);
  return x.toPrecision(2);
}

function cellOf(s: Spread | undefined): string {
  if (!s) return '';
  return s.runs > 1 ? `${num(s.median)} (${num(s.min)}–${num(s.max)})` : num(s.median);
}

function verdict(row: ResultRow): string {
  if (row.skipped) return '';
  if (row.met === undefined) return row.target ? `(${row.target})` : '';
  return `${row.met ? 'MET' : 'MISSED'}: ${row.target}`;
}

export function tableLines(rows: readonly ResultRow[]): string[][] {
  return rows.map((r) => [
    r.size,
    r.scenario,
    r.measure,
    r.unit,
    r.skipped ? `skipped: ${r.skipped}` : cellOf(r.ours),
    r.peer ? `${r.peer.name}: ${cellOf(r.peer)}` : '',
    r.ratio ? `${r.ratio.value.toFixed(2)}× (${r.ratio.meaning})` : '',
    verdict(r),
  ]);
}

export const HEADER = [
  'size',
  'scenario',
  'measure',
  'unit',
  'ours: median (min–max)',
  'peer',
  'ratio',
  'target',
];

export function consoleTable(rows: readonly ResultRow[]): string {
  const lines = [HEADER, ...tableLines(rows)];
  const widths = HEADER.map((_, i) => Math.min(60, Math.max(...lines.map((l) => l[i]!.length))));
  return lines.map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join(' | ')).join('\n');
}

function markdownTable(rows: readonly ResultRow[]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|');
  const lines = [HEADER, HEADER.map(() => '---'), ...tableLines(rows)];
  return lines.map((l) => `| ${l.map(esc).join(' | ')} |`).join('\n');
}

/** docs/benchmarks.md: machine, per-size run facts and commands, the table, and notes. */
export function renderMarkdown(results: BenchResults, intro: string, notes: string): string {
  const m = results.machine;
  const sizes = Object.entries(results.runs);
  const runLines = sizes.map(
    ([size, r]) =>
      `| ${size} | ${r.nodes.toLocaleString('en')} | ${r.relationships.toLocaleString('en')} | ${r.keyAccounts} | ${r.date} | \`${r.command}\` | ${r.loadAverageStart.join(' / ')} | ${r.loadAverageEnd.join(' / ')} |`,
  );
  const noisy = sizes.some(([, r]) => (r.loadAverageStart[0] ?? 0) > m.cores);
  const notesRows = results.rows.filter((r) => r.note);
  return [
    '# Benchmarks',
    '',
    intro,
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.cores} cores; RAM ${m.ramGB} GB; ${m.os}`,
    `- Node ${m.node} (node:sqlite, SQLite ${m.sqlite}); sqlite3 CLI ${m.sqlite3Cli}; Python ${m.python}`,
    noisy
      ? `- **The machine was shared and busy**: the 1-minute load average exceeded the ${m.cores} cores at the start of a run (below). Other people's builds and tests ran at the same time, so absolute numbers are pessimistic and noisy; the side-by-side ratios (measured in the same run) are the more reliable figures.`
      : '- The load average was below the core count at the start of every run.',
    '',
    '## Runs',
    '',
    '| size | nodes | relationships | key accounts | date (UTC) | command | load avg at start (1/5/15 min) | at end |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runLines,
    '',
    '## Results',
    '',
    markdownTable(results.rows),
    '',
    '### Details per row',
    '',
    ...notesRows.map((r) => `- ${r.size} · ${r.scenario} · ${r.measure}: ${r.note}`),
    '',
    notes,
    '',
  ].join('\n');
}
