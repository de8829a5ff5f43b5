import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

test('"Export…" downloads a GEXF of the demo network and lists CSV files for Excel', async ({
  app,
  dataDir,
  snap,
}) => {
  await app.getByRole('button', { name: 'Load demo network' }).click();
  await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', '149');

  await app.getByRole('button', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export the network' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /GEXF/ }).check();
  const downloading = app.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('network.gexf');
  const saved = join(dataDir, 'network.gexf');
  await download.saveAs(saved);
  const gexf = await readFile(saved, 'utf8');
  expect(gexf).toContain('<gexf');
  expect((gexf.match(/<node /g) ?? []).length).toBe(149);
  await expect(dialog.getByTestId('export-status')).toContainText('Exported 149 stakeholders');

  await dialog.getByRole('radio', { name: /CSV/ }).check();
  await dialog.getByRole('combobox', { name: 'Delimiter' }).selectOption('semicolon');
  await dialog.getByRole('checkbox', { name: /byte-order mark/ }).check();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const links = dialog.getByRole('link');
  await expect(links).toHaveText(['nodes.csv', 'relationships.csv', 'interactions.csv']);
  await snap('export-dialog-csv');

  const csvDownload = app.waitForEvent('download');
  await links.first().click();
  const nodes = await csvDownload;
  const nodesPath = join(dataDir, 'nodes.csv');
  await nodes.saveAs(nodesPath);
  const text = await readFile(nodesPath, 'utf8');
  expect(text.startsWith('\uFEFFid;kind;name')).toBe(true);

  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
