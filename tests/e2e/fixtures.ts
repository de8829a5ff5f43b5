import { test as base, expect, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startWebHost, type WebHost } from '../../electron/web-host/web-host.ts';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

interface Fixtures {
  /** A fresh temporary data folder per test, removed afterwards. */
  dataDir: string;
  /** The SQLite file of this test's embedded store. */
  storePath: string;
  /** The loopback web host serving dist/renderer and the contract over this test's store. */
  host: WebHost;
  /** A page opened on the host's URL (with its token); fails the test on console errors. */
  app: Page;
  /** Save a full-window screenshot under tests/e2e/artifacts/. */
  snap: (name: string) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'xrm-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  storePath: async ({ dataDir }, use) => use(join(dataDir, 'xrm.db')),
  host: async ({ storePath }, use) => {
    const host = await startWebHost({
      host: '127.0.0.1',
      port: 0,
      storePath,
      rendererDir: resolve(import.meta.dirname, '../../dist/renderer'),
    });
    await use(host);
    await host.close();
  },
  app: async ({ page, host }, use) => {
    const problems: string[] = [];
    // CSP violations and uncaught errors both surface here; a clean run has none.
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(host.url);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
  snap: async ({ page }, use) => {
    await mkdir(ARTIFACTS, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
    });
  },
});

export { expect };
