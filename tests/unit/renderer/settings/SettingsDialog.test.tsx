// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { SettingsDialog } from '../../../../renderer/settings/SettingsDialog.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';
import { closedPort } from './closed-port.ts';

let backend: InProcessBackend;

beforeAll(async () => {
  backend = await startInProcessBackend({ profiles: true });
});
afterEach(cleanup);
afterAll(async () => backend.close());

function field(name: string) {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

async function addProfile(name: string, uri: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'Add Neo4j profile' }));
  fireEvent.change(field('Name'), { target: { value: name } });
  fireEvent.change(field('URI'), { target: { value: uri } });
}

describe('SettingsDialog', () => {
  it('is a labelled modal that shows the active local store and closes on Escape', async () => {
    const onClose = vi.fn();
    renderWithBackend(<SettingsDialog onClose={onClose} />, backend.api);
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const active = await screen.findByTestId('settings-active-store');
    expect(active.textContent).toContain(backend.storePath);
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the dialog', () => {
    renderWithBackend(<SettingsDialog onClose={vi.fn()} />, backend.api);
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    const buttons = within(dialog).getAllByRole('button');
    const last = buttons.at(-1);
    last?.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('tests an unsaved profile against a closed port and shows the backend message', async () => {
    const port = await closedPort();
    renderWithBackend(<SettingsDialog onClose={vi.fn()} />, backend.api);
    await addProfile('Nowhere', `neo4j://127.0.0.1:${port}`);
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const result = await screen.findByTestId('connection-result', {}, { timeout: 15_000 });
    expect(result.textContent).toMatch(/Cannot reach/);
    expect(result.textContent).toContain(String(port));
  }, 20_000);

  it('saves a profile with a typed password, lists it, never pre-fills it, and deletes after confirming', async () => {
    const port = await closedPort();
    renderWithBackend(<SettingsDialog onClose={vi.fn()} />, backend.api);
    await addProfile('Team graph', `neo4j://127.0.0.1:${port}`);
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    fireEvent.change(password, { target: { value: 's3cret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

    const item = await screen.findByRole('listitem', { name: 'Team graph' });
    expect(item.textContent).toContain(`neo4j://127.0.0.1:${port}`);
    const listed = await backend.api['store:list-profiles']({});
    expect(listed.profiles.map((p) => [p.name, p.hasPassword])).toEqual([['Team graph', true]]);
    // The in-process backend keeps passwords in memory, as the web host does.
    expect(item.textContent).toContain('password kept for this session');
    expect(item.textContent).not.toContain('password saved');

    fireEvent.click(within(item).getByRole('button', { name: 'Edit' }));
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    fireEvent.click(within(item).getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(item).getByRole('button', { name: 'Yes, delete' }));
    await vi.waitFor(() => expect(screen.queryByRole('listitem')).toBeNull());
    expect((await backend.api['store:list-profiles']({})).profiles).toEqual([]);
  });

  it('warns that the keyring is not secure and keeps the local store when a switch fails', async () => {
    const port = await closedPort();
    await backend.api['store:save-profile']({
      name: 'Offline',
      uri: `neo4j://127.0.0.1:${port}`,
      user: 'neo4j',
      database: 'neo4j',
      password: 'pw',
    });
    renderWithBackend(<SettingsDialog onClose={vi.fn()} />, backend.api);
    expect((await screen.findByTestId('keyring-warning')).textContent).toContain('memory');
    const item = await screen.findByRole('listitem', { name: 'Offline' });
    fireEvent.click(within(item).getByRole('button', { name: 'Use this store' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toContain(`127.0.0.1:${port}`);
    const info = await backend.api['app:get-info']({});
    expect(info.store.kind).toBe('embedded');
    expect(screen.getByTestId('settings-active-store').textContent).toContain(backend.storePath);
  }, 20_000);
});
