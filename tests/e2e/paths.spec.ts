import type { Page } from '@playwright/test';
import { DEMO_ROUTE } from '../../electron/backend/demo/demo-route.ts';
import { expect, test } from './fixtures.ts';

/** The search popup's options (the canvas toolbar has <select> options of its own). */
const searchResults = (app: Page) =>
  app.getByRole('listbox', { name: 'Search results' }).getByRole('option');

const ROUTE = [DEMO_ROUTE.colleague, DEMO_ROUTE.planner, DEMO_ROUTE.decisionMaker];

async function openHansa(app: Page) {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await expect(app.getByTestId('canvas-empty')).toBeVisible();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa Präzisionsteile');
  await searchResults(app).first().click();
  await expect(app.getByTestId('network-canvas')).toHaveAttribute(
    'data-focus-id',
    DEMO_ROUTE.account,
  );
}

test('finding paths to the key account lists and lights up the documented route first', async ({
  app,
  snap,
}) => {
  await openHansa(app);
  await app.getByTestId('details-find-paths').click();
  const list = app.getByTestId('path-list');
  const first = list.getByTestId('path-item').first();
  await expect(first).toBeVisible();
  expect((await first.getAttribute('data-nodes'))?.split(' ').slice(0, 3)).toEqual(ROUTE);
  await expect(first).toContainText('Jonas Brenner');
  await expect(first).toContainText('Heike Lindner');
  const canvas = app.getByTestId('network-canvas');
  for (const id of ROUTE)
    await expect(canvas).toHaveAttribute('data-lit', new RegExp(`\\b${id}\\b`));
  await snap('10-paths-all');

  // One path on its own: only its nodes stay lit.
  const second = list.getByTestId('path-item').nth(1);
  await second.getByRole('button').first().click();
  await expect(second.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  const secondNodes = ((await second.getAttribute('data-nodes')) ?? '').split(' ');
  const lit = async () =>
    ((await canvas.getAttribute('data-lit')) ?? '')
      .split(' ')
      .filter((id) => !id.startsWith('rel:'));
  await expect.poll(async () => (await lit()).sort()).toEqual([...new Set(secondNodes)].sort());
  await snap('11-paths-one');
});

test('brokers, key-person risk and "what if this person leaves" for the key account', async ({
  app,
  snap,
}) => {
  await openHansa(app);
  await app.getByTestId('details-find-paths').click();
  await expect(app.getByTestId('broker-list').getByRole('listitem').first()).toBeVisible();
  const risks = app.getByTestId('risk-list');
  const firstRisk = risks.getByRole('button').first();
  const name = ((await firstRisk.textContent()) ?? '').replace(/^What if (.*) leaves\?$/, '$1');
  await firstRisk.click();
  const whatIf = app.getByTestId('what-if');
  await expect(whatIf).toContainText(`Without ${name}:`);
  const vanished = whatIf.getByTestId('path-item');
  await expect(vanished.first()).toBeVisible();
  // Every path that vanishes runs through the person who leaves.
  for (const item of await vanished.all()) await expect(item).toContainText(name);
  await whatIf.scrollIntoViewIfNeeded();
  await snap('12-what-if');
});

test('keyboard only: Ctrl+K, pick the account, reach the paths panel, light one path', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await expect(app.getByTestId('canvas-empty')).toBeVisible();
  await app.keyboard.press('Control+k');
  await app.keyboard.type('Hansa Präzisionsteile');
  await expect(searchResults(app).first()).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('details-name')).toHaveText('Hansa Präzisionsteile AG');

  const focusedTestId = () =>
    app.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? '');
  for (let i = 0; i < 40 && (await focusedTestId()) !== 'tab-details'; i += 1) {
    await app.keyboard.press('Tab');
  }
  expect(await focusedTestId()).toBe('tab-details');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('tab-paths')).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByTestId('tab-paths')).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(
    app.getByRole('button', { name: 'Find paths to Hansa Präzisionsteile AG' }),
  ).toBeFocused();
  await app.keyboard.press('Enter');

  const first = app.getByTestId('path-list').getByTestId('path-item').first();
  await expect(first).toBeVisible();
  const toggle = first.getByRole('button').first();
  for (
    let i = 0;
    i < 40 && !(await toggle.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await app.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test('filters change what the canvas shows and say what they hide', async ({ app, snap }) => {
  await openHansa(app);
  const canvas = app.getByTestId('network-canvas');
  const count = async () => Number(await canvas.getAttribute('data-node-count'));
  const before = await count();
  await app.getByTestId('tab-filters').click();
  const kinds = app.getByRole('group', { name: 'Kinds' });
  await kinds.getByRole('checkbox', { name: 'Contact' }).uncheck();
  await expect.poll(count).toBeLessThan(before);
  await expect(app.getByTestId('filters-summary')).toContainText('hidden by filters');
  // The focused account itself never disappears.
  await expect(canvas).toHaveAttribute('data-focus-id', DEMO_ROUTE.account);
  await snap('13-filters');
  await app.getByRole('button', { name: 'Show everything' }).click();
  await expect.poll(count).toBe(before);
  await expect(app.getByTestId('filters-summary')).toHaveText('Nothing hidden.');
});

test.describe('in German and dark', () => {
  test.use({ colorScheme: 'dark', locale: 'de-DE' });
  test('the paths panel speaks German and formats numbers the German way', async ({
    app,
    snap,
  }) => {
    await app.getByRole('radio', { name: 'DE' }).click();
    await app.getByRole('button', { name: 'Demo-Netzwerk laden' }).click();
    await app.getByRole('combobox', { name: 'Stakeholder suchen' }).fill('Hansa Präzisionsteile');
    await app.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option').first().click();
    await app.getByTestId('details-find-paths').click();
    const first = app.getByTestId('path-list').getByTestId('path-item').first();
    await expect(first).toContainText('Weg 1');
    await expect(first).toContainText(/Wert 0,\d{3}/);
    await expect(first).toContainText('Stärke 0,');
    await snap('14-paths-de-dark');
  });
});

test('the node menu: concentric layout puts the account in the middle, right-click finds paths', async ({
  app,
  snap,
}) => {
  await openHansa(app);
  await app.getByTestId('layout-select').selectOption('concentric');
  const canvas = app.getByTestId('network-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas has no size');
  // Concentric around the selection, fitted: the focused account sits in the centre.
  await canvas.click({ button: 'right', position: { x: box.width / 2, y: box.height / 2 } });
  const menu = app.getByRole('menu', { name: 'Actions for Hansa Präzisionsteile AG' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await snap('15-node-menu');
  await menu.getByRole('menuitem', { name: 'Find paths to …' }).click();
  await expect(menu).toHaveCount(0);
  await expect(app.getByTestId('tab-paths')).toHaveAttribute('aria-selected', 'true');
  await expect(
    app.getByRole('heading', { name: 'Routes to Hansa Präzisionsteile AG' }),
  ).toBeVisible();
  await expect(app.getByTestId('path-list').getByTestId('path-item').first()).toBeVisible();
});

test('depth 2 grows the ego network and keeps the nodes already placed', async ({ app, snap }) => {
  await openHansa(app);
  const canvas = app.getByTestId('network-canvas');
  const count = async () => Number(await canvas.getAttribute('data-node-count'));
  const before = await count();
  await app.getByTestId('depth-select').selectOption('2');
  await expect.poll(count).toBeGreaterThan(before);
  await expect(canvas).toHaveAttribute('data-focus-id', DEMO_ROUTE.account);
  await snap('16-depth-2');
});

test('closed loop: logging a call with the planner updates the last contact on the best path', async ({
  app,
  snap,
}) => {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Jonas Brenner');
  await searchResults(app).first().click();
  await expect(app.getByTestId('details-name')).toHaveText('Jonas Brenner');
  const interactions = app.getByTestId('count-interactions');
  const before = Number(await interactions.getAttribute('data-value'));

  await app.getByText('Log an interaction').click();
  const form = app.getByTestId('interaction-form');
  const isoToday = await form.locator('[data-field="date"] input').inputValue();
  await form.locator('[data-field="channel"] select').selectOption('call');
  await form.locator('[data-field="participants"] select').selectOption(DEMO_ROUTE.planner);
  await form
    .locator('[data-field="summary"] textarea')
    .fill('Grinding cell: meeting with Dr. Hansen agreed');
  await snap('17-log-interaction');
  await form.getByRole('button', { name: 'Log interaction' }).click();
  await expect(app.getByTestId('interaction-logged')).toContainText('Last contact updated');
  await expect(interactions).toHaveAttribute('data-value', String(before + 1));

  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa Präzisionsteile');
  await searchResults(app).first().click();
  await app.getByTestId('details-find-paths').click();
  const first = app.getByTestId('path-list').getByTestId('path-item').first();
  const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoToday}T00:00:00Z`),
  );
  await expect(first.locator('.path__hop').first()).toContainText(`last contact ${shown}`);
});
