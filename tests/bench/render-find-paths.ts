import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { startWebHost } from '../../electron/web-host/web-host.ts';
import { rendererIsStale } from '../e2e/global-setup.ts';
import { BENCH_CHROMIUM_ARGS, CHROMIUM, VIEWPORT } from './render-driver.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function ensureRendererBuilt(): void {
  if (!rendererIsStale()) return;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('Building the renderer failed (see above).');
}

async function openHansa(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa Präzisionsteile');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await page.getByTestId('details-find-paths').waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="network-canvas"]')?.getAttribute('data-layout') ===
      'idle',
  );
}

/**
 * Click "Find paths" in the details panel and wait until the canvas holds the lit
 * elements and the next frame is painted: the time a person waits for the highlight.
 */
function clickToHighlight(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const canvas = document.querySelector('[data-testid="network-canvas"]')!;
        const button = document.querySelector<HTMLButtonElement>(
          '[data-testid="details-find-paths"]',
        )!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!canvas.getAttribute('data-lit')) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => done(performance.now() - started)),
          );
        });
        observer.observe(canvas, { attributes: true, attributeFilter: ['data-lit'] });
        button.click();
      }),
  );
}

/**
 * The real app through the web host on the demo network: one warm-up run (the
 * backend builds its path index), then `runs` measured runs, each in a freshly loaded page.
 */
export async function findPathsTimes(runs: number): Promise<{ firstMs: number; times: number[] }> {
  ensureRendererBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'xrm-bench-paths-'));
  const host = await startWebHost({
    host: '127.0.0.1',
    port: 0,
    storePath: join(dir, 'xrm.db'),
    rendererDir: join(ROOT, 'dist/renderer'),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: BENCH_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-GB' });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Load demo network' }).click();
    await page.getByTestId('canvas-empty').waitFor();
    const times: number[] = [];
    let firstMs = NaN;
    for (let run = 0; run <= runs; run++) {
      await page.reload();
      await openHansa(page);
      const ms = await clickToHighlight(page);
      if (run === 0) firstMs = ms;
      else times.push(ms);
    }
    return { firstMs, times };
  } finally {
    await browser.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}
