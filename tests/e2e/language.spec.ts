import { expect, test } from './fixtures.ts';

test('switching DE <-> EN changes the visible text and the number format', async ({
  app,
  snap,
}) => {
  await expect(app.getByRole('heading', { name: 'Welcome to XRM Explorer' })).toBeVisible();
  await app.getByRole('radio', { name: 'Deutsch' }).click();
  await expect(app.getByRole('heading', { name: 'Willkommen im XRM Explorer' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Demo-Netzwerk laden' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'de');
  await snap('05-welcome-german');

  await app.getByRole('button', { name: 'Demo-Netzwerk laden' }).click();
  await expect(
    app.getByRole('heading', { name: 'Das Netzwerk eines Stakeholders erkunden' }),
  ).toBeVisible();
  await app.getByRole('combobox', { name: 'Stakeholder suchen' }).fill('Hansa');
  await expect(app.getByRole('option').first()).toContainText('Kunde');
  await app.getByRole('option').first().click();
  await expect(app.getByTestId('details-panel')).toContainText('Beziehungen');
  await expect(app.getByTestId('canvas-legend')).toContainText('Kunde');
  const value = app.getByTestId('details-panel').locator('[data-field="customerValue"] dd');
  await expect(value).toHaveText(/^\d{1,3}(\.\d{3})+$/);
  await snap('05-explorer-german');

  await app.getByRole('radio', { name: 'English' }).click();
  await expect(app.getByTestId('details-panel')).toContainText('Relationships');
  await expect(value).toHaveText(/^\d{1,3}(,\d{3})+$/);
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
});

test('the chosen language is saved through the settings channel', async ({ app }) => {
  await app.getByRole('radio', { name: 'Deutsch' }).click();
  await expect(app.getByRole('heading', { name: 'Willkommen im XRM Explorer' })).toBeVisible();
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Willkommen im XRM Explorer' })).toBeVisible();
  await expect(app.getByRole('radio', { name: 'Deutsch' })).toHaveAttribute('aria-checked', 'true');
});

test.describe('German operating system', () => {
  test.use({ locale: 'de-DE' });
  test('without a saved choice the OS language decides', async ({ app }) => {
    await expect(app.getByRole('heading', { name: 'Willkommen im XRM Explorer' })).toBeVisible();
    await expect(app.getByRole('radio', { name: 'Deutsch' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });
});
