import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { seedHub, showAllOfHub } from './seed-hub.ts';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
// Below the size where only the quick draft is computed, so the layout has two steps to watch.
const STAFF = 900;

async function openHubFully(app: Page) {
  await app.reload();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Großhandel Nord');
  await app.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  const canvas = app.getByTestId('network-canvas');
  await expect(canvas).toHaveAttribute('data-focus-id', 'hub');
  await showAllOfHub(app);
  await expect(canvas).toHaveAttribute('data-layout', 'idle');
  return canvas;
}

interface Seen {
  readonly layout: string;
  readonly progress: string;
}

/** What the canvas said about its layout at the moment each keystroke reached the search box. */
async function recordLayoutStateOnInput(app: Page) {
  await app.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('[role="combobox"]');
    const canvas = document.querySelector<HTMLElement>('[data-testid="network-canvas"]');
    const seen: Seen[] = [];
    (window as unknown as { layoutOnInput: Seen[] }).layoutOnInput = seen;
    box?.addEventListener('input', () => {
      const progress = document.querySelector('[data-testid="layout-progress"]');
      seen.push({
        layout: canvas?.dataset.layout ?? 'gone',
        progress: progress?.textContent ?? '',
      });
    });
  });
  return () => app.evaluate(() => (window as unknown as { layoutOnInput: Seen[] }).layoutOnInput);
}

test('a large organic layout runs off the UI thread: progress shows, and typing works meanwhile', async ({
  app,
  storePath,
  snap,
}) => {
  // Paging 900 people in and laying them out twice takes a while on a busy two-core machine.
  test.setTimeout(180_000);
  await seedHub(storePath, STAFF);
  const canvas = await openHubFully(app);
  const layoutOnInput = await recordLayoutStateOnInput(app);

  // Typing goes on while the layout is switched back to organic: a from-scratch run of
  // the whole scene in the worker. The switch is made without taking the focus away.
  await app.getByTestId('layout-select').selectOption('concentric');
  const search = app.getByRole('combobox', { name: 'Search stakeholders' });
  await search.click();
  const typing = search.pressSequentially('Außendienst 00', { delay: 60 });
  await app.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="layout-select"]')!;
    select.value = 'fcose';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await typing;
  await expect(search).toHaveValue('Außendienst 00');
  // Keystrokes were handled while the worker was still arranging, with the progress on show.
  const seen = await layoutOnInput();
  expect(seen.map((entry) => entry.layout)).toContain('running');
  expect(seen.map((entry) => entry.progress).join(' ')).toMatch(/Arranging 901 nodes/);

  // When the worker is done the final picture is on the canvas and the indicator is gone.
  // (Stopping a run is covered by tests/unit/renderer/network/layout-worker.test.ts: here
  // the layout may well end before a click could reach the button.)
  await expect(canvas).toHaveAttribute('data-layout', 'idle', { timeout: 90_000 });
  await expect(app.getByTestId('layout-progress')).toBeHidden();
  await snap('31-layout-done');
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function exportPng(app: Page, extent: 'Current view' | 'Whole network', scale: string) {
  await app.getByRole('button', { name: 'Export PNG…' }).click();
  const form = app.getByRole('group', { name: 'Export the network as a PNG image' });
  await form.getByLabel(extent).check();
  await form.getByLabel('Scale').selectOption(scale);
  const download = app.waitForEvent('download');
  await form.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('Export PNG downloads the view and the whole network at the chosen scale', async ({ app }) => {
  test.setTimeout(120_000);
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa Präzisionsteile');
  await app.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  const canvas = app.getByTestId('network-canvas');
  await expect(canvas).toHaveAttribute('data-layout', 'idle');
  const box = (await canvas.boundingBox())!;
  await mkdir(ARTIFACTS, { recursive: true });

  for (const scale of [1, 2]) {
    const view = await exportPng(app, 'Current view', String(scale));
    expect(view.name).toMatch(/^Hansa-Prazisionsteile-.*-view-\d{4}-\d{2}-\d{2}\.png$/);
    const size = pngSize(view.bytes);
    // The view is the canvas's size times the scale (give or take a rounded pixel).
    expect(Math.abs(size.width - box.width * scale)).toBeLessThanOrEqual(2 * scale);
    expect(Math.abs(size.height - box.height * scale)).toBeLessThanOrEqual(2 * scale);
    await writeFile(join(ARTIFACTS, `32-png-view-${scale}x.png`), view.bytes);
    await expect(app.getByTestId('png-export-message')).toContainText(view.name);
  }

  const full1 = pngSize((await exportPng(app, 'Whole network', '1')).bytes);
  const full4 = await exportPng(app, 'Whole network', '4');
  const size4 = pngSize(full4.bytes);
  expect(full4.name).toMatch(/-network-\d{4}-\d{2}-\d{2}\.png$/);
  expect(Math.abs(size4.width - full1.width * 4)).toBeLessThanOrEqual(4);
  expect(Math.abs(size4.height - full1.height * 4)).toBeLessThanOrEqual(4);
  await writeFile(join(ARTIFACTS, '33-png-network-4x.png'), full4.bytes);
});
