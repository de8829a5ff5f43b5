import { expect, test } from './fixtures.ts';
import { seedHub, showAllOfHub } from './seed-hub.ts';

const STAFF = 1_150;

test('a hub paged in with "show more" switches to the WebGL renderer without errors', async ({
  app,
  storePath,
  snap,
}) => {
  // Over a thousand nodes painted by software WebGL (no GPU here): give it room.
  test.slow();
  // A wholesaler with more staff than any first view shows.
  await seedHub(storePath, STAFF);
  // Without a GPU (here) the explorer keeps large scenes on canvas (renderer-choice.ts);
  // the flag forces WebGL so the switch itself is exercised.
  await app.evaluate(() => localStorage.setItem('xrm.renderer', 'webgl'));

  await app.reload();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Großhandel Nord');
  await app.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  const canvas = app.getByTestId('network-canvas');
  await expect(canvas).toHaveAttribute('data-focus-id', 'hub');
  await expect(canvas).toHaveAttribute('data-renderer', 'canvas');

  await showAllOfHub(app);
  await expect(canvas).toHaveAttribute('data-node-count', String(STAFF + 1));
  await expect(canvas).toHaveAttribute('data-renderer', 'webgl');
  await expect(app.getByTestId('canvas-note')).toContainText('Showing 1,150 of 1,150');
  await snap('18-hub-webgl');
});
