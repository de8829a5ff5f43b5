import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

/** A loopback port nobody listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
  return address.port;
}

test('a Neo4j profile on a closed port says it cannot reach the server, then is deleted', async ({
  app,
  storePath,
  snap,
}) => {
  const port = await closedPort();
  await app.getByRole('button', { name: 'Settings' }).click();
  const dialog = app.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('settings-active-store')).toContainText(storePath);

  await dialog.getByRole('button', { name: 'Add Neo4j profile' }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Nowhere');
  await dialog.getByRole('textbox', { name: 'URI' }).fill(`neo4j://127.0.0.1:${port}`);
  await dialog.getByLabel('Password').fill('not-used');
  await dialog.getByRole('button', { name: 'Save profile' }).click();

  const item = dialog.getByRole('listitem', { name: 'Nowhere' });
  await expect(item).toContainText(`neo4j://127.0.0.1:${port}`);
  await expect(item).toContainText('password kept for this session');
  await item.getByRole('button', { name: 'Test connection' }).click();
  await expect(item.getByTestId('connection-result')).toContainText(
    `Cannot reach Neo4j at neo4j://127.0.0.1:${port}`,
  );
  await snap('settings-cannot-reach');

  await item.getByRole('button', { name: 'Delete' }).click();
  await item.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(0);
  await expect(dialog.getByText('No Neo4j profile saved yet.')).toBeVisible();

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('button', { name: 'Settings' })).toBeFocused();
});

test('"Export report…" on a customer prints the brief and downloads the PDF', async ({
  app,
  dataDir,
}) => {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await app.getByRole('combobox', { name: 'Search stakeholders' }).fill('Hansa');
  const customer = app.getByRole('option').filter({ hasText: 'Customer' }).first();
  await customer.click();
  const details = app.getByTestId('details-panel');
  const downloading = app.waitForEvent('download', { timeout: 120_000 });
  await details.getByRole('button', { name: 'Export report…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Hansa.*\.pdf$/);
  const pdf = join(dataDir, 'brief.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Account influence brief');
  expect(text).toMatch(/Hansa/);
  expect(text).toMatch(/Page 1 \/ \d+/);
  await expect(details.getByTestId('export-report-message')).toContainText('Report ready');
});
