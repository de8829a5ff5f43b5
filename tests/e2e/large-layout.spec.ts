import { expect, test } from '@playwright/test';
import { benchScene, VIEWPORT } from '../bench/render-driver.ts';
import { buildRenderPage, serveRenderPage } from '../bench/render-page-host.ts';
import { REFINE_UP_TO } from '../../renderer/network/fcose-forces.ts';

// The explorer's canvas code (stylesheet, worker, layout path) on the benchmark's page, in Chromium.
let host: { url: string; close(): Promise<void> };
test.beforeAll(async () => {
  test.setTimeout(120_000);
  host = await serveRenderPage(await buildRenderPage());
});
test.afterAll(async () => host.close());

// Above the size where fcose refines: the large-scene layout in the worker.
const scene = benchScene({ nodes: REFINE_UP_TO + 200, relationships: 3_000 });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(VIEWPORT);
  await page.goto(host.url);
  await page.waitForFunction(() => document.documentElement.dataset.bench === 'ready');
});

test('a large scene is laid out in the worker: every node finite, apart, and in view', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const timing = await page.evaluate((s) => window.xrmBench.layoutAndPaint(s, 'webgl'), scene);
  expect(timing.nodes).toBe(scene.nodes.length);
  // The layout ran in a Worker loaded from its own file, not on the page's thread.
  expect(
    page
      .workers()
      .map((worker) => worker.url())
      .join(' '),
  ).toMatch(/layout\.worker/);
  const placed = await page.evaluate(() => window.xrmBench.placed());
  expect(placed).toEqual({
    nodes: scene.nodes.length,
    finite: true,
    distinct: scene.nodes.length,
    overlapping: 0,
    inView: true,
  });
  expect(errors).toEqual([]);
  await page.screenshot({ path: 'tests/e2e/artifacts/19-large-scene-layout.png' });
});

test('a large layout cancelled in the worker can be started again and finishes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ended = await page.evaluate((s) => window.xrmBench.cancelThenRestart(s), scene);
  expect(ended).toEqual(['idle', 'idle']);
  const placed = await page.evaluate(() => window.xrmBench.placed());
  expect(placed.distinct).toBe(scene.nodes.length);
  expect(placed.overlapping).toBe(0);
});
