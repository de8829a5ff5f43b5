import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import-wizard');

test('import a CSV in the wizard: a bad row is named by line and blocks; the fixed file imports', async ({
  app,
  snap,
}) => {
  await expect(app.getByTestId('welcome')).toBeVisible();
  await app.getByTestId('welcome-import').click();
  const wizard = app.getByRole('dialog', { name: 'Import CSV' });
  await expect(wizard).toBeVisible();
  await snap('40-import-choose');

  await wizard
    .getByLabel('Choose CSV file…')
    .setInputFiles(resolve(FIXTURES, 'trade-fair-bad.csv'));
  const preview = wizard.getByTestId('import-preview');
  await expect(preview.getByTestId('import-encoding')).toContainText('utf-8');
  await expect(preview.getByTestId('import-delimiter')).toHaveText('Semicolon (;)');
  const mapping = preview.getByTestId('import-mapping');
  await expect(mapping.getByRole('row', { name: /Messestand/ })).toContainText(
    'kept as property “Messestand”',
  );
  await expect(mapping.getByRole('row', { name: /^email/ })).toContainText('E-mail');
  await expect(preview.getByTestId('import-rows')).toContainText('Tobias Brandt');
  const errors = preview.getByTestId('import-errors');
  await expect(errors.locator('li')).toHaveCount(1);
  await expect(errors).toContainText('Line 3 · email');
  await expect(preview.getByTestId('import-run')).toBeDisabled();
  await snap('41-import-preview-error');
  // Nothing was written: the store is still empty.
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', '0');

  await preview.getByRole('button', { name: 'Choose another file' }).click();
  await wizard.getByLabel('Choose CSV file…').setInputFiles(resolve(FIXTURES, 'trade-fair.csv'));
  await expect(preview.getByTestId('import-verdict')).toHaveText(
    'No problems found. Nothing has been written yet.',
  );
  await expect(preview.getByTestId('import-counts').locator('[data-count="created"]')).toHaveText(
    '3',
  );
  await snap('42-import-preview-clean');
  await preview.getByTestId('import-run').click();

  const summary = wizard.getByTestId('import-summary');
  await expect(summary).toContainText('trade-fair.csv was imported');
  await expect(summary.locator('[data-count="created"]')).toHaveText('3');
  await snap('43-import-summary');
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(wizard).toHaveCount(0);

  // Three people and the organisation made from the company column.
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', '4');
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Deniz');
  await app.getByRole('option').first().click();
  await expect(app.getByTestId('details-name')).toHaveText('Deniz Yılmaz');
  await expect(app.getByTestId('network-canvas')).toHaveAttribute('data-focus-id', 'tf-yilmaz');
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('Ungültige Zeilen auslassen: the valid rows are written, the bad one is reported', async ({
    app,
    snap,
  }) => {
    await app.getByRole('button', { name: 'CSV importieren…' }).first().click();
    const wizard = app.getByRole('dialog', { name: 'CSV importieren' });
    await wizard
      .getByLabel('CSV-Datei wählen…')
      .setInputFiles(resolve(FIXTURES, 'trade-fair-bad.csv'));
    const preview = wizard.getByTestId('import-preview');
    await expect(preview.getByTestId('import-errors')).toContainText('Zeile 3 · email');
    await expect(preview.getByTestId('import-run')).toBeDisabled();
    await preview.getByLabel('Gültige Zeilen importieren, ungültige auslassen').check();
    await expect(preview.getByTestId('import-verdict')).toHaveText(
      '1 ungültige Zeile wird ausgelassen.',
    );
    await expect(preview.getByTestId('import-run')).toBeEnabled();
    await snap('44-import-skip-invalid-de');
    await preview.getByTestId('import-run').click();

    const summary = wizard.getByTestId('import-summary');
    await expect(summary.locator('[data-count="created"]')).toHaveText('2');
    await expect(summary.locator('[data-count="skipped"]')).toHaveText('1');
    await expect(summary.getByTestId('import-errors')).toContainText('Zeile 3 · email');
    await snap('45-import-summary-de');
    // Two people and the organisation from their company column; Tobias Brandt was left out.
    await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', '3');
  });
});
