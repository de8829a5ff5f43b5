import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XrmError } from '../../../shared/errors.ts';
import type { ReportRequest } from '../../../shared/report/report-data.schema.ts';
import { CHROMIUM_ARGS } from '../../backend/report/chromium.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(REPO_ROOT, 'dist/renderer');

export interface PrintReportOptions {
  readonly storePath: string;
  readonly request: ReportRequest;
  readonly out: string;
  readonly language: 'de' | 'en';
  readonly paper: 'a4' | 'letter';
  readonly chromium: string;
}

export interface PrintedReport {
  readonly account: string;
  readonly accountName: string;
  readonly bytes: number;
}

/**
 * `xrm report`: serves the built report page through the loopback web host (so its
 * data comes through the contract, `report:get-data`, exactly as in the app),
 * lets Chromium render it, and prints it with page numbers in the footer.
 */
export async function printReport(options: PrintReportOptions): Promise<PrintedReport> {
  ensureRendererBuilt();
  const { startWebHost } = await import('../../web-host/web-host.ts');
  const host = await startWebHost({ storePath: options.storePath, rendererDir: RENDERER_DIR });
  try {
    const accountName = await checkRequest(host.origin, host.token, options.request);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: options.chromium,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${host.origin}/report.html?${query(options)}#token=${host.token}`);
      await page.waitForFunction(reportState, null, { timeout: 60_000 });
      const failure = await page.evaluate(reportFailure);
      if (failure) throw new XrmError('internal', `The report page failed: ${failure}`);
      const partial = `${options.out}.partial`;
      const pdf = await page.pdf({
        path: partial,
        format: options.paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(accountName, options.language),
        footerTemplate: footerTemplate(options.language),
        margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
      });
      await rename(partial, options.out).catch(async (error: unknown) => {
        await rm(partial, { force: true });
        throw error;
      });
      return { account: options.request.account, accountName, bytes: pdf.length };
    } finally {
      await browser.close();
    }
  } finally {
    await host.close();
  }
}

/**
 * `<html data-report>` and `data-report-error` as the page sets them. These run
 * inside the page (Playwright sends their source, so each must stand alone) and
 * are typed by hand because this is Node code without DOM types.
 */
type PageGlobals = {
  document: { documentElement: { dataset: Record<string, string | undefined> } };
};

function reportState(): string | undefined {
  return (globalThis as unknown as PageGlobals).document.documentElement.dataset.report;
}

function reportFailure(): string | undefined {
  return (globalThis as unknown as PageGlobals).document.documentElement.dataset.reportError;
}

/** The same request the page will make, so a wrong account fails fast with its own message. */
async function checkRequest(
  origin: string,
  token: string,
  request: ReportRequest,
): Promise<string> {
  const response = await fetch(`${origin}/api/report:get-data`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as
    | { ok: true; value: { account: { name: string } } }
    | { ok: false; error: { code: string; message: string } };
  if (envelope.ok) return envelope.value.account.name;
  const code = envelope.error.code === 'not-found' ? 'not-found' : 'invalid-input';
  throw new XrmError(code, envelope.error.message);
}

function query(options: PrintReportOptions): string {
  const params = new URLSearchParams({
    account: options.request.account,
    lang: options.language,
    paper: options.paper,
  });
  if (options.request.asOf) params.set('asOf', options.request.asOf);
  if (options.request.k !== undefined) params.set('k', String(options.request.k));
  return params.toString();
}

/** Builds the renderer once if this checkout has no build with the report page yet. */
function ensureRendererBuilt(): void {
  if (existsSync(join(RENDERER_DIR, 'report.html'))) return;
  const vite = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(join(RENDERER_DIR, 'report.html'))) {
    throw new XrmError(
      'internal',
      `Building the report page failed (vite build): ${(run.stderr || run.stdout || String(run.error)).trim().slice(-500)}`,
    );
  }
}

const FOOTER_TEXT = { de: 'Seite', en: 'Page' } as const;
const TITLE = { de: 'Einfluss-Briefing zum Account', en: 'Account influence brief' } as const;
const TEMPLATE_STYLE =
  "font-family:'Noto Sans',sans-serif;font-size:8pt;color:#5f6877;width:100%;margin:0 16mm;display:flex;justify-content:space-between";

function headerTemplate(accountName: string, language: 'de' | 'en'): string {
  return `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(accountName)}</span><span>${TITLE[language]}</span></div>`;
}

function footerTemplate(language: 'de' | 'en'): string {
  return `<div style="${TEMPLATE_STYLE}"><span>XRM Explorer</span><span>${FOOTER_TEXT[language]} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
