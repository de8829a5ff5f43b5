import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Graph from 'graphology';
import { buildReportData } from '../../electron/backend/report/build-report-data.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../electron/backend/report/chromium.ts';
import { exportGexf } from '../../electron/backend/export/gexf-export.ts';
import { exportGraphml } from '../../electron/backend/export/graphml-export.ts';
import { openEmbeddedStore } from '../../electron/backend/store/open-embedded-store.ts';
import { buildAnalysisGraph } from '../../shared/analysis/index.ts';
import { readAll, seconds } from './child-common.ts';

const XRM = fileURLToPath(new URL('../../electron/cli/xrm.ts', import.meta.url));
const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface ReportArgs {
  readonly db: string;
  readonly account: string;
  readonly out: string;
  readonly k: number;
  readonly asOf: string;
}

/**
 * `xrm report` exactly as a user runs it (a fresh Node process: start-up, web
 * host, data, Chromium, print), timed from spawn to exit. Afterwards, untimed,
 * the PDF's text is checked against the report data: every route's people in
 * order after its heading, so a fast but empty brief cannot pass.
 */
export async function reportCliTask(args: ReportArgs) {
  rmSync(args.out, { force: true });
  const usage = `${args.out}.time`;
  const t = performance.now();
  // GNU time: the CPU of the command and every process it waited for (Chromium's too).
  const run = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%U %S %M',
      '-o',
      usage,
      process.execPath,
      '--disable-warning=ExperimentalWarning',
      XRM,
      'report',
      '--db',
      args.db,
      '--account',
      args.account,
      '--out',
      args.out,
      '--k',
      String(args.k),
      '--as-of',
      args.asOf,
      '--lang',
      'en',
    ],
    { encoding: 'utf8' },
  );
  const totalSeconds = seconds(t);
  // On a crowded machine a run can fail (e.g. the page's 60 s limit): count it, do not abort.
  if (run.status !== 0) return { failed: run.stderr.trim().split('\n').slice(-1)[0] ?? '' };
  const [user, system, maxRssKB] = readFileSync(usage, 'utf8').trim().split(/\s+/).map(Number);
  const store = await openEmbeddedStore(args.db);
  const data = await buildReportData({ store, account: args.account, k: args.k, asOf: args.asOf });
  await store.close();
  const text = pdftotext(args.out);
  const pathsInPdf = data.paths.filter((path) =>
    inOrder(text, [
      'The best routes',
      `Route ${path.rank}`,
      path.start.name,
      ...path.hops.map((hop) => hop.reached.name),
    ]),
  ).length;
  return {
    totalSeconds,
    cpuSeconds: user! + system!,
    largestProcessMB: maxRssKB! / 1024,
    pdfBytes: statSync(args.out).size,
    pages: Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', args.out))?.[1]),
    mapNodes: data.map.nodes.length,
    mapEdges: data.map.edges.length,
    paths: data.paths.length,
    pathsInPdf,
  };
}

/**
 * Where the time goes, with the same pieces the CLI uses: the report data on
 * its own, then the web host, Chromium's start, loading and rendering the page
 * (which fetches the data again through the contract) and printing.
 */
export async function reportPhasesTask(args: ReportArgs) {
  let t = performance.now();
  const store = await openEmbeddedStore(args.db);
  await buildReportData({ store, account: args.account, k: args.k, asOf: args.asOf });
  await store.close();
  const dataSeconds = seconds(t);
  const { startWebHost } = await import('../../electron/web-host/web-host.ts');
  const { chromium } = await import('playwright-core');
  t = performance.now();
  const host = await startWebHost({ storePath: args.db, rendererDir: RENDERER_DIR });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  const page = await browser.newPage();
  const startSeconds = seconds(t);
  t = performance.now();
  const query = new URLSearchParams({ account: args.account, lang: 'en', paper: 'a4' });
  query.set('k', String(args.k));
  query.set('asOf', args.asOf);
  await page.goto(`${host.origin}/report.html?${query.toString()}#token=${host.token}`);
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { document: { documentElement: { dataset: { report?: string } } } })
        .document.documentElement.dataset.report,
    null,
    { timeout: 120_000 },
  );
  const renderSeconds = seconds(t);
  t = performance.now();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, displayHeaderFooter: true });
  const printSeconds = seconds(t);
  await browser.close();
  await host.close();
  return { dataSeconds, startSeconds, renderSeconds, printSeconds, pdfBytes: pdf.length };
}

export interface GraphFileArgs {
  readonly db: string;
  readonly out: string;
  readonly writer: 'gexf' | 'graphml' | 'graphology-gexf';
}

/**
 * One graph-file export of the whole store, time and (via the child's maxRSS)
 * peak memory. `graphology-gexf` is the peer: the whole graph in graphology,
 * written as one string by graphology-gexf's writer, then to disk.
 */
export async function graphFileTask(args: GraphFileArgs) {
  rmSync(args.out, { force: true });
  const store = await openEmbeddedStore(args.db);
  const cpu = process.cpuUsage();
  const t = performance.now();
  let counts: { nodes: number; relationships: number };
  if (args.writer === 'graphology-gexf') {
    const { nodes, relationships } = await readAll(store);
    const graph = buildAnalysisGraph(nodes, relationships) as unknown as Graph;
    const { write } = await import('graphology-gexf');
    writeFileSync(args.out, write(graph));
    counts = { nodes: graph.order, relationships: graph.size };
  } else {
    const exporter = args.writer === 'gexf' ? exportGexf : exportGraphml;
    counts = await exporter(store, args.out);
  }
  const exportSeconds = seconds(t);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  await store.close();
  const fileMB = statSync(args.out).size / 1024 / 1024;
  rmSync(args.out, { force: true });
  return { exportSeconds, cpuSeconds, fileMB, ...counts };
}

function tool(name: string, ...args: string[]): string {
  const run = spawnSync(name, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
  return run.stdout;
}

function pdftotext(pdf: string): string {
  return tool('pdftotext', pdf, '-');
}

/** The words in this order, each after the previous one. */
function inOrder(text: string, words: readonly string[]): boolean {
  let at = 0;
  for (const word of words) {
    at = text.indexOf(word, at);
    if (at < 0) return false;
    at += word.length;
  }
  return true;
}
