import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function openContact(app: Page) {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await expect(app.getByTestId('canvas-empty')).toBeVisible();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Friedrich Hansen');
  await app.getByRole('option').first().click();
  const details = app.getByTestId('details-panel');
  await expect(details.getByTestId('details-name')).toContainText('Hansen');
  return details;
}

test('edit a contact’s title, see it in the details, undo brings the old title back', async ({
  app,
  snap,
}) => {
  const details = await openContact(app);
  const title = details.locator('[data-field="title"] dd');
  const oldTitle = (await title.textContent()) ?? '';
  expect(oldTitle).not.toBe('');

  await details.getByRole('button', { name: 'Edit' }).click();
  const form = details.getByTestId('edit-node-form');
  await form.getByLabel('Title', { exact: true }).fill('Chief Grinding Officer');
  await snap('20-edit-node-form');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(title).toHaveText('Chief Grinding Officer');

  await app.keyboard.press('Control+z');
  await expect(title).toHaveText(oldTitle);
  await expect(app.getByTestId('undo-toast')).toContainText('Undone: changes to');
  await expect(app.getByTestId('undo')).toHaveCount(0);
});

test('an invalid e-mail is named next to its field and nothing is written', async ({ app }) => {
  const details = await openContact(app);
  const email = details.locator('[data-field="email"] dd');
  const oldEmail = (await email.textContent()) ?? '';

  await details.getByRole('button', { name: 'Edit' }).click();
  const form = details.getByTestId('edit-node-form');
  const input = form.getByLabel('E-mail', { exact: true });
  await input.fill('hansen@');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.locator('[data-field="email"]').getByRole('alert')).toHaveText(
    'is not a valid e-mail address',
  );
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(email).toHaveText(oldEmail);
  await expect(app.getByTestId('undo')).toHaveCount(0);
});
