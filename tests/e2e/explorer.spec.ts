import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function loadDemo(app: Page) {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await expect(app.getByTestId('canvas-empty')).toBeVisible();
}

test('loading the demo network fills the store and shows its size', async ({ app, snap }) => {
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', '0');
  await loadDemo(app);
  await expect(app.getByTestId('welcome')).toHaveCount(0);
  for (const id of ['count-nodes', 'count-relationships', 'count-interactions']) {
    const value = Number(await app.getByTestId(id).getAttribute('data-value'));
    expect(value, id).toBeGreaterThan(0);
  }
  await expect(app.getByRole('heading', { name: 'Explore a stakeholder’s network' })).toBeVisible();
  await snap('02-demo-loaded');
});

test('search by keyboard, pick a key account: canvas and details show it', async ({
  app,
  snap,
}) => {
  await loadDemo(app);
  await app.keyboard.press('Control+k');
  await app.keyboard.type('Hansa');
  const options = app.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText('Customer');
  await snap('03-search-results');

  const firstName = (await options.first().locator('.search__name').textContent()) ?? '';
  expect(firstName).toContain('Hansa');
  await app.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');

  const details = app.getByTestId('details-panel');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(firstName);
  await expect(
    details.getByTestId('relationship-list').getByRole('listitem').first(),
  ).toBeVisible();
  const canvas = app.getByTestId('network-canvas');
  await expect(canvas).toHaveAttribute('aria-label', `Network around ${firstName}`);
  expect(Number(await canvas.getAttribute('data-node-count'))).toBeGreaterThan(1);
  await expect(canvas.locator('canvas').first()).toBeVisible();
  await snap('04-explorer-key-account');
});

test('following a relationship in the details panel re-centres the network', async ({ app }) => {
  await loadDemo(app);
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa');
  await app.getByRole('option').first().click();
  const details = app.getByTestId('details-panel');
  const link = details.getByTestId('relationship-list').getByRole('button').first();
  const neighbour = (await link.textContent()) ?? '';
  await link.click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(neighbour);
  await expect(app.getByTestId('network-canvas')).toHaveAttribute(
    'aria-label',
    `Network around ${neighbour}`,
  );
});

test('a search without matches says so', async ({ app }) => {
  await loadDemo(app);
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('zzqxv-nobody');
  await expect(app.getByRole('status').filter({ hasText: 'No stakeholder matches' })).toBeVisible();
  await expect(app.getByRole('option')).toHaveCount(0);
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the explorer follows the OS dark mode', async ({ app, snap }) => {
    await loadDemo(app);
    await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa');
    await app.getByRole('option').first().click();
    await expect(app.getByTestId('network-canvas')).toBeVisible();
    const background = await app.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(22, 25, 31)');
    await snap('07-explorer-dark');
  });
});
