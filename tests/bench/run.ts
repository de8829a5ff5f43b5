/**
 * `npm run bench [-- --quick | --size 10k|100k|1m] [--only a,b] [--runs N] [--nx-runs N] [--report]`
 * (`--only render` measures only the rendering in Chromium; `--quick` makes it shorter too)
 * (`--report` only regenerates docs/benchmarks.md from results/latest.json)
 * Side-by-side benchmarks (issue 9). Prints a table, merges the rows into
 * results/latest.json (replacing the sizes and scenarios just measured) and
 * regenerates docs/benchmarks.md from that file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { ensureNetworkCsv, type NetworkSpec } from './generate-network.ts';
import type { ResultRow } from './harness.ts';
import { describeMachine, loadAverage } from './machine.ts';
import { consoleTable, renderMarkdown, type SizeRun } from './report.ts';
import { mergeResults, readResults } from './results-file.ts';
import { centralityScenario, pathsScenario } from './scenarios-analysis.ts';
import {
  importScenario,
  loadScenario,
  searchScenario,
  upsertScenario,
  type SizeContext,
} from './scenarios-store.ts';
import { neo4jScenario } from './scenarios-neo4j.ts';
import { renderScenario } from './scenarios-render.ts';
import { gexfScenario, reportScenario } from './scenarios-report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = join(ROOT, 'tests/bench/results');
const SIZES: Record<string, NetworkSpec> = {
  '10k': { relationships: 10_000 },
  '100k': { relationships: 100_000 },
  '1m': { relationships: 1_000_000 },
};
/** Betweenness runs on the graph issue 6 names (10k nodes / 50k rels) from 100k up. */
const CENTRALITY: Record<string, { name: string; spec: NetworkSpec }> = {
  '10k': { name: '10k', spec: SIZES['10k']! },
  '100k': { name: 'bc-10k-nodes-50k-rels', spec: { relationships: 50_000, nodes: 10_000 } },
};
const SCENARIOS = [
  'import',
  'upsert',
  'load',
  'search',
  'paths',
  'centrality',
  'neo4j',
  'report',
  'gexf',
  'render',
] as const;
type Scenario = (typeof SCENARIOS)[number];

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const sizes = quick ? ['10k'] : option('--size') ? [option('--size')!] : ['10k', '100k'];
const only = new Set((option('--only')?.split(',') ?? SCENARIOS) as Scenario[]);
const runsOverride = option('--runs') ? Number(option('--runs')) : undefined;
const nxRuns = Number(option('--nx-runs') ?? 1);
for (const s of sizes) if (!SIZES[s]) usage(`unknown size "${s}"`);
for (const s of only) if (!SCENARIOS.includes(s)) usage(`unknown scenario "${s}"`);

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run bench -- [--quick | --size 10k|100k|1m] [--only ${SCENARIOS.join(',')}] [--runs N] [--nx-runs N]`,
  );
  process.exit(2);
}

const machine = describeMachine();
const jsonPath = join(RESULTS, 'latest.json');
const freshRows: ResultRow[] = [];
const freshRuns: Record<string, SizeRun> = {};
const partial = option('--only') ? ` (${[...only].join(', ')})` : '';

/** Issue 8's scenarios use their own networks: run once, not per size; not part of --quick. */
const STANDALONE = { report: reportScenario, gexf: gexfScenario } as const;
const standalone = (s: Scenario) => s in STANDALONE;
const bySize = [...only].some((s) => !standalone(s) && s !== 'render');

for (const size of args.includes('--report') || !bySize ? [] : sizes) {
  const loadStart = loadAverage();
  console.error(`== ${size} (load average ${loadStart.join(' / ')})`);
  const spec = SIZES[size]!;
  const files = ensureNetworkCsv(spec, join(RESULTS, 'data', size));
  const ctx: SizeContext = {
    size,
    spec,
    files,
    db: join(files.dir, 'store.db'),
    runs: { quick: runsOverride ?? 5, heavy: runsOverride ?? 3 },
    isTargetSize: size === '1m',
  };
  const rows: ResultRow[] = [];
  const step = (name: Scenario, work: () => ResultRow[]) => {
    if (!only.has(name)) return;
    console.error(`- ${name}`);
    rows.push(...work());
    mergeResults(jsonPath, machine, rows, {}); // a crash later keeps what is measured
  };
  step('import', () => importScenario(ctx));
  if ((only.has('load') || only.has('search') || only.has('paths')) && !existsSync(ctx.db))
    only.add('upsert');
  step('upsert', () => upsertScenario(ctx));
  step('load', () => loadScenario(ctx));
  step('search', () => searchScenario(ctx));
  step('paths', () => pathsScenario(ctx));
  const central = CENTRALITY[size];
  if (central) {
    step('centrality', () => {
      const cFiles = ensureNetworkCsv(central.spec, join(RESULTS, 'data', central.name));
      return centralityScenario(size, central.spec, cFiles, runsOverride ?? 3, nxRuns);
    });
  }
  if (only.has('neo4j')) {
    console.error('- neo4j');
    rows.push(...(await neo4jScenario(ctx)));
  }
  console.log(`\n${consoleTable(rows)}\n`);
  freshRows.push(...rows);
  freshRuns[`${size}${partial}`] = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    command: `npm run bench -- ${args.join(' ')}`.trim(),
    loadAverageStart: loadStart,
    loadAverageEnd: loadAverage(),
    nodes: files.nodes,
    relationships: files.relationships,
    keyAccounts: files.keyAccounts.length,
  };
}

for (const name of ['report', 'gexf'] as const) {
  const wanted = option('--only') ? only.has(name) : !args.includes('--quick');
  if (args.includes('--report') || !wanted) continue;
  const loadStart = loadAverage();
  console.error(`== ${name} (load average ${loadStart.join(' / ')})`);
  const { size, rows, ...network } = STANDALONE[name](RESULTS, runsOverride ?? 3);
  mergeResults(jsonPath, machine, rows, {});
  console.log(`\n${consoleTable(rows)}\n`);
  freshRows.push(...rows);
  freshRuns[size] = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    command: `npm run bench -- ${args.join(' ')}`.trim(),
    loadAverageStart: loadStart,
    loadAverageEnd: loadAverage(),
    ...network,
  };
}

// Rendering in Chromium (issues 7, 9): its own scenes, once; `--quick` shortens it, and
// leaves it out unless asked for with `--only render`.
const renderWanted = option('--only') ? only.has('render') : !quick;
if (renderWanted && !args.includes('--report')) {
  const loadStart = loadAverage();
  console.error(`== render (load average ${loadStart.join(' / ')})`);
  const rows = await renderScenario({ runs: runsOverride ?? (quick ? 3 : 5), quick });
  console.log(`\n${consoleTable(rows)}\n`);
  freshRows.push(...rows);
  mergeResults(jsonPath, machine, rows, {});
  freshRuns.render = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    command: `npm run bench -- ${args.join(' ')}`.trim(),
    loadAverageStart: loadStart,
    loadAverageEnd: loadAverage(),
    nodes: 10_000,
    relationships: 25_000,
    keyAccounts: 0,
  };
}

const results = args.includes('--report')
  ? (readResults(jsonPath) ?? usage('no results/latest.json to report'))
  : mergeResults(jsonPath, machine, freshRows, freshRuns);
const notes = readFileSync(join(ROOT, 'tests/bench/benchmarks-notes.md'), 'utf8').trim();
const intro = `Generated by \`npm run bench\` (tests/bench/run.ts) from tests/bench/results/latest.json; edit tests/bench/benchmarks-notes.md for the commentary, not this file. Each size below lists the exact command that produced its rows.`;
// Formatted as the repository's `prettier --check` expects, so a fresh report passes `npm run check`.
const docPath = join(ROOT, 'docs/benchmarks.md');
const markdown = await format(renderMarkdown(results, intro, notes), {
  ...(await resolveConfig(docPath)),
  filepath: docPath,
});
writeFileSync(docPath, markdown);
console.error(`wrote ${jsonPath} and docs/benchmarks.md`);
