import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog } from 'electron';
import { XrmError } from '../../shared/errors.ts';
import type { Handler, Handlers } from '../backend/ipc/handler-types.ts';
import { APP_ORIGIN } from './security/url-policy.ts';

export interface ReportExportOptions {
  readonly handlers: Handlers;
  readonly preloadPath: string;
  /** The window the save dialog belongs to. */
  readonly parent: () => BrowserWindow | undefined;
}

const READY_TIMEOUT_MS = 60_000;
const FOOTER_TEXT = { de: 'Seite', en: 'Page' } as const;
const TITLE = { de: 'Einfluss-Briefing zum Account', en: 'Account influence brief' } as const;
// Mirrors electron/web-host/print-report-page.ts so app, browser host and CLI print the same pages.
const TEMPLATE_STYLE =
  "font-family:'Noto Sans',sans-serif;font-size:8pt;color:#5f6877;width:100%;margin:0 16mm;display:flex;justify-content:space-between";
const MARGINS_INCH = { top: 20 / 25.4, bottom: 18 / 25.4, left: 16 / 25.4, right: 16 / 25.4 };

/**
 * "Export report…" in the desktop app: a save dialog, then the report page
 * (app://xrm/report.html, data through the contract like everywhere else)
 * rendered in a hidden sandboxed window and printed by Electron's Chromium.
 */
export function saveReportPdfHandler(options: ReportExportOptions): Handler<'report:save-pdf'> {
  return async (input, context) => {
    // Same request as the page will make: a wrong account fails before the dialog.
    const data = await options.handlers['report:get-data']({ account: input.account }, context);
    const parent = options.parent();
    const name = `${data.account.name.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`;
    const choice = parent
      ? await dialog.showSaveDialog(parent, { defaultPath: name, filters: PDF_FILTER })
      : await dialog.showSaveDialog({ defaultPath: name, filters: PDF_FILTER });
    if (choice.canceled || !choice.filePath) return { cancelled: true };
    const pdf = await printReport(input, data.account.name, options.preloadPath);
    await writeFile(choice.filePath, pdf);
    return { path: choice.filePath };
  };
}

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];

type SaveInput = Parameters<Handler<'report:save-pdf'>>[0];

async function printReport(input: SaveInput, accountName: string, preloadPath: string) {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  try {
    const query = new URLSearchParams({
      account: input.account,
      lang: input.lang,
      paper: input.paper,
    });
    await window.loadURL(`${APP_ORIGIN}/report.html?${query.toString()}`);
    await waitForReport(window);
    return await window.webContents.printToPDF({
      pageSize: input.paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(accountName)}</span><span>${TITLE[input.lang]}</span></div>`,
      footerTemplate: `<div style="${TEMPLATE_STYLE}"><span>XRM Explorer</span><span>${FOOTER_TEXT[input.lang]} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      margins: MARGINS_INCH,
    });
  } finally {
    window.destroy();
  }
}

/** `<html data-report="ready|failed">` as ReportPage sets it once maps and fonts are in. */
async function waitForReport(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = (await window.webContents.executeJavaScript(
      'JSON.stringify([document.documentElement.dataset.report, document.documentElement.dataset.reportError])',
    )) as string;
    const [status, error] = JSON.parse(state) as [string | undefined, string | undefined];
    if (status === 'ready') return;
    if (status === 'failed')
      throw new XrmError('internal', `The report page failed: ${error ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new XrmError('internal', 'The report page did not finish within a minute.');
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
