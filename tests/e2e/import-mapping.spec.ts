import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/import-wizard');

test('map an unknown column in the wizard, import it, and get the mapping offered for the next file', async ({
  app,
  host,
  snap,
}) => {
  await app.getByTestId('welcome-import').click();
  const wizard = app.getByRole('dialog', { name: 'Import CSV' });
  await wizard
    .getByLabel('Choose CSV file…')
    .setInputFiles(resolve(FIXTURES, 'messe-kontakte-2025.csv'));
  const preview = wizard.getByTestId('import-preview');
  const mapping = preview.getByTestId('import-mapping');
  const mailRow = mapping.getByRole('row', { name: /^Kontakt-Mail \(Messe\)/ });
  // No alias knows this header: by itself it would only be kept as a property.
  await expect(mailRow).toContainText('kept as property “Kontakt-Mail (Messe)”');
  await expect(preview.getByTestId('import-mapping-source')).toHaveCount(0);

  const mailSelect = preview.getByLabel('Map column “Kontakt-Mail (Messe)”');
  await mailSelect.selectOption({ label: 'E-mail' });
  await expect(mailRow.getByRole('cell').first()).toHaveText('E-mail');
  await expect(preview.getByTestId('import-mapping-source')).toHaveAttribute(
    'data-source',
    'chosen',
  );

  // The same field for a second column is an error at both rows and blocks the import.
  const standSelect = preview.getByLabel('Map column “Messestand”');
  await standSelect.selectOption({ label: 'E-mail' });
  const clashes = mapping.getByTestId('import-mapping-error');
  await expect(clashes).toHaveCount(2);
  await expect(clashes.first()).toContainText('E-mail is also chosen for “Messestand”');
  await expect(preview.getByTestId('import-run')).toBeDisabled();
  await snap('46-import-mapping-clash');
  await standSelect.selectOption({ label: 'Keep as property' });
  await expect(clashes).toHaveCount(0);

  await expect(preview.getByTestId('import-verdict')).toHaveText(
    'No problems found. Nothing has been written yet.',
  );
  await expect(preview.getByTestId('import-counts').locator('[data-count="created"]')).toHaveText(
    '3',
  );
  await snap('47-import-mapping-chosen');
  await preview.getByTestId('import-run').click();
  const summary = wizard.getByTestId('import-summary');
  await expect(summary).toContainText('messe-kontakte-2025.csv was imported');
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(wizard).toHaveCount(0);

  // The stored record has the address in its e-mail field, not among its properties.
  const response = await fetch(`${host.origin}/api/graph:get-node`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: 'mk-nowak' }),
  });
  const stored = (await response.json()) as {
    value: { node: { email?: string; properties?: Record<string, unknown> } };
  };
  expect(stored.value.node.email).toBe('l.nowak@weber-foerdertechnik.de');
  expect(stored.value.node.properties).toEqual({ Messestand: 'Halle 3, Stand B12' });
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Nowak');
  await app.getByRole('option').first().click();
  await expect(app.getByTestId('details-panel')).toContainText('l.nowak@weber-foerdertechnik.de');

  // Next year's list: same headers, other order and case. The mapping is offered by itself.
  await app.getByRole('button', { name: 'Import CSV…' }).first().click();
  await wizard
    .getByLabel('Choose CSV file…')
    .setInputFiles(resolve(FIXTURES, 'messe-kontakte-2026.csv'));
  const note = preview.getByTestId('import-mapping-source');
  await expect(note).toHaveAttribute('data-source', 'remembered');
  await expect(note).toContainText(
    'Columns mapped as you did for a file with these headers before.',
  );
  const rememberedSelect = preview.getByLabel('Map column “KONTAKT-MAIL (MESSE)”');
  await expect(rememberedSelect).toHaveValue('email');
  await expect(preview.getByTestId('import-counts').locator('[data-count="updated"]')).toHaveText(
    '1',
  );
  await snap('48-import-mapping-remembered');

  // Reset: back to what the headers alone say.
  await note.getByRole('button', { name: 'Reset to automatic mapping' }).click();
  await expect(note).toHaveCount(0);
  await expect(rememberedSelect).toHaveValue('property');
  await expect(
    mapping
      .getByRole('row', { name: /^KONTAKT-MAIL \(MESSE\)/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('kept as property “KONTAKT-MAIL (MESSE)”');
});
