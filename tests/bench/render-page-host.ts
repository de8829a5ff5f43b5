import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { MIME_TYPES } from '../../shared/http/mime-types.ts';
import { securityHeaders } from '../../shared/security/csp.ts';

const PAGE_ROOT = fileURLToPath(new URL('./render-page/', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('./results/render-page/', import.meta.url));

/** Builds the benchmark page with Vite, as the renderer is built (worker as its own file). */
export async function buildRenderPage(): Promise<string> {
  await build({
    configFile: false,
    root: PAGE_ROOT,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      target: 'chrome130',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  return OUT_DIR;
}

/** Serves the built page on loopback under the app's own CSP and security headers. */
export async function serveRenderPage(
  dir: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) => {
        const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type, ...securityHeaders() }).end(body);
      })
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
