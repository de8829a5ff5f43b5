import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function openHansa(app: Page) {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await expect(app.getByTestId('canvas-empty')).toBeVisible();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa Präzisionsteile');
  await app.getByRole('option').first().click();
  await expect(app.getByTestId('details-name')).toHaveText('Hansa Präzisionsteile AG');
}

test('create a person and a relationship, see them on the canvas, delete the person, undo', async ({
  app,
  snap,
}) => {
  await openHansa(app);
  const nodes = Number(await app.getByTestId('count-nodes').getAttribute('data-value'));

  await app.getByTestId('new-stakeholder').click();
  const form = app.getByTestId('new-node-form');
  await form.getByLabel('Name', { exact: true }).fill('Greta Sommer');
  await form.getByLabel('Title', { exact: true }).fill('Head of Purchasing');
  await form.getByLabel('E-mail', { exact: true }).fill('greta.sommer@');
  await form.getByRole('button', { name: 'Create' }).click();
  // graph-schema's verdict next to the field; nothing is written.
  await expect(form.locator('[data-field="email"]').getByRole('alert')).toHaveText(
    'is not a valid e-mail address',
  );
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', String(nodes));
  await form.getByLabel('E-mail', { exact: true }).scrollIntoViewIfNeeded();
  await snap('30-new-stakeholder-error');
  await form.getByLabel('E-mail', { exact: true }).fill('greta.sommer@hansa-praezision.de');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form).toHaveCount(0);

  const details = app.getByTestId('details-panel');
  await expect(details.getByTestId('details-name')).toHaveText('Greta Sommer');
  const canvas = app.getByTestId('network-canvas');
  await expect(canvas).toHaveAttribute('data-focus-id', 'contact-greta-sommer');
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', String(nodes + 1));

  await details.getByTestId('new-relationship').click();
  const rel = details.getByTestId('relationship-form');
  await rel.getByLabel('Other stakeholder').fill('Hansa Präz');
  await rel.getByRole('button', { name: /Hansa Präzisionsteile AG/ }).click();
  const type = rel.getByLabel('Type', { exact: true });
  await expect(type.locator('option')).toHaveText(['–', 'works for', 'influences']);
  await type.selectOption('WORKS_FOR');
  await expect(rel.getByLabel('Strength (0–1)')).toHaveValue('0.8');
  await rel.getByLabel('Last contact').fill('2026-10-02');
  await snap('31-new-relationship-form');
  await rel.getByRole('button', { name: 'Save' }).click();
  await expect(rel).toHaveCount(0);

  const list = details.getByTestId('relationship-list');
  await expect(list).toContainText('works for Hansa Präzisionsteile AG');
  // Greta alone was one node; the account on her canvas came through the new relationship.
  await expect(canvas).toHaveAttribute('data-node-count', '2');

  await details.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = details.getByRole('alertdialog');
  await expect(confirm).toContainText(
    'Delete Greta Sommer? Its 1 relationship is deleted with it.',
  );
  await snap('32-delete-confirm');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(details.getByTestId('details-name')).toHaveText('Hansa Präzisionsteile AG');
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', String(nodes));
  await expect(details.getByTestId('relationship-list')).not.toContainText('Greta Sommer');

  await app.getByTestId('undo').click();
  await expect(app.getByTestId('undo-toast')).toContainText('Undone: deletion of Greta Sommer');
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', String(nodes + 1));
  await expect(details.getByTestId('relationship-list')).toContainText('Greta Sommer works for');
});

test('edit a relationship’s strength from the list, delete it, undo brings it back', async ({
  app,
}) => {
  await openHansa(app);
  const details = app.getByTestId('details-panel');
  const list = details.getByTestId('relationship-list');
  const rows = list.locator('li');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  const first = rows.first();
  const editButton = first.getByRole('button', { name: /^Change relationship with / });
  const other = ((await editButton.getAttribute('aria-label')) ?? '').replace(
    'Change relationship with ',
    '',
  );
  const before = (await first.textContent()) ?? '';
  const [typed, shown] = before.includes('Strength 0.3') ? ['0,7', '0.7'] : ['0,3', '0.3'];
  await editButton.click();
  const form = details.getByTestId('relationship-form');
  await form.getByLabel('Strength (0–1)').fill('1,5');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.locator('[data-field="strength"]').getByRole('alert')).toHaveText(
    'must be at most 1',
  );
  await form.getByLabel('Strength (0–1)').fill(typed);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(list.locator('li').filter({ hasText: other }).first()).toContainText(
    `Strength ${shown}`,
  );

  await list
    .getByRole('button', { name: `Remove relationship with ${other}` })
    .first()
    .click();
  await details.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
  await expect(list.locator('li')).toHaveCount(count - 1);
  await app.getByTestId('undo').click();
  await expect(list.locator('li')).toHaveCount(count);
});

test('the node menu offers "New relationship…", which opens the form for that node', async ({
  app,
}) => {
  await openHansa(app);
  await app.getByTestId('layout-select').selectOption('concentric');
  const canvas = app.getByTestId('network-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the canvas has no size');
  // Concentric around the selection, fitted: the focused account sits in the centre.
  await canvas.click({ button: 'right', position: { x: box.width / 2, y: box.height / 2 } });
  const menu = app.getByRole('menu', { name: 'Actions for Hansa Präzisionsteile AG' });
  await menu.getByRole('menuitem', { name: 'New relationship…' }).click();
  const form = app.getByTestId('details-panel').getByTestId('relationship-form');
  await expect(form).toBeVisible();
  await expect(form).toContainText('New relationship of Hansa Präzisionsteile AG');
  await expect(form.getByLabel('Other stakeholder')).toBeVisible();
});
