import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XrmError } from '../../../shared/errors.ts';
import type { ReportRequest } from '../../../shared/report/report-data.schema.ts';

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
  const { printReportPage } = await import('../../web-host/print-report-page.ts');
  const host = await startWebHost({ storePath: options.storePath, rendererDir: RENDERER_DIR });
  try {
    const accountName = await checkRequest(host.origin, host.token, options.request);
    const bytes = await printReportPage({
      origin: host.origin,
      token: host.token,
      request: options.request,
      accountName,
      language: options.language,
      paper: options.paper,
      chromium: options.chromium,
      out: options.out,
    });
    return { account: options.request.account, accountName, bytes };
  } finally {
    await host.close();
  }
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
