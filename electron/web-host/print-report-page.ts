import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { XrmError } from '../../shared/errors.ts';
import type { ReportRequest } from '../../shared/report/report-data.schema.ts';
import { CHROMIUM_ARGS } from '../backend/report/chromium.ts';

export interface ReportPageOptions {
  /** The web host serving the report page and the contract: `http://127.0.0.1:PORT`. */
  readonly origin: string;
  readonly token: string;
  readonly request: ReportRequest;
  readonly accountName: string;
  readonly language: 'de' | 'en';
  readonly paper: 'a4' | 'letter';
  readonly chromium: string;
  readonly out: string;
}

/**
 * Prints the report page of a running web host to a PDF through Chromium — for
 * `xrm report` and for "Export report…" in the browser host alike. The page gets
 * its data through the contract (`report:get-data`) exactly as in the app; the
 * PDF appears under `out` only when complete.
 */
export async function printReportPage(options: ReportPageOptions): Promise<number> {
  if (!existsSync(options.chromium)) {
    throw new XrmError(
      'unsupported',
      `Printing the brief needs Chromium, which was not found at ${options.chromium}; install it or set XRM_CHROMIUM.`,
    );
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: options.chromium,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${options.origin}/report.html?${query(options)}#token=${options.token}`);
    await page.waitForFunction(reportState, null, { timeout: 120_000 });
    const failure = await page.evaluate(reportFailure);
    if (failure) throw new XrmError('internal', `The report page failed: ${failure}`);
    const partial = `${options.out}.partial`;
    const pdf = await page.pdf({
      path: partial,
      format: options.paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(options.accountName, options.language),
      footerTemplate: footerTemplate(options.language),
      margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
    await rename(partial, options.out).catch(async (error: unknown) => {
      await rm(partial, { force: true });
      throw error;
    });
    return pdf.length;
  } finally {
    await browser.close();
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

function query(options: ReportPageOptions): string {
  const params = new URLSearchParams({
    account: options.request.account,
    lang: options.language,
    paper: options.paper,
  });
  if (options.request.asOf) params.set('asOf', options.request.asOf);
  if (options.request.k !== undefined) params.set('k', String(options.request.k));
  return params.toString();
}

const FOOTER_TEXT = { de: 'Seite', en: 'Page' } as const;
const TITLE = { de: 'Einfluss-Briefing zum Account', en: 'Account influence brief' } as const;
// Mirrored in electron/main/report-export.ts so app and CLI print the same pages.
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
