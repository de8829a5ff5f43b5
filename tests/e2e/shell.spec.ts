import { expect, test } from './fixtures.ts';

test.describe('app shell', () => {
  test('first launch on an empty store shows the welcome and the active store', async ({
    app,
    storePath,
    snap,
  }) => {
    await expect(app.getByRole('banner')).toContainText('XRM Explorer');
    const welcome = app.getByTestId('welcome');
    await expect(welcome.getByRole('heading', { name: 'Welcome to XRM Explorer' })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Load demo network' })).toBeEnabled();
    await expect(welcome).toContainText('xrm -- import');
    // app:get-info travelled through the HTTP bridge and back: the path is this test's file.
    await expect(app.getByTestId('store-location')).toHaveText(storePath);
    await expect(app.getByTestId('count-nodes')).toHaveAttribute('data-value', '0');
    await snap('01-welcome-empty-store');
  });

  test('the token is taken out of the address bar and survives a reload', async ({ app }) => {
    await expect(app.getByTestId('welcome')).toBeVisible();
    expect(app.url()).not.toContain('token');
    await app.reload();
    await expect(app.getByTestId('welcome')).toBeVisible();
    await expect(app.getByTestId('error-banner')).toHaveCount(0);
  });

  test('Ctrl+K focuses the search field from anywhere', async ({ app }) => {
    await expect(app.getByTestId('welcome')).toBeVisible();
    await app.getByRole('button', { name: 'Load demo network' }).focus();
    await app.keyboard.press('Control+k');
    await expect(app.getByRole('combobox', { name: 'Search stakeholders' })).toBeFocused();
  });
});

test('without the access token the page explains the problem instead of showing raw errors', async ({
  page,
  host,
  snap,
}) => {
  await page.goto(host.origin);
  const banner = page.getByRole('alert');
  await expect(banner).toContainText('access token');
  await expect(banner).not.toContainText('[object');
  await expect(banner).not.toContainText('Error:');
  await expect(page.getByTestId('unavailable')).toContainText('could not open your network');
  await snap('06-error-without-token');
});
