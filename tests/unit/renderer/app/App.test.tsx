// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { App } from '../../../../renderer/app/App.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend | undefined;
afterEach(async () => {
  cleanup();
  await backend?.close();
  backend = undefined;
});

describe('App', () => {
  it('welcomes an empty store, loads the demo and then shows the network size', async () => {
    backend = await startInProcessBackend();
    renderWithBackend(<App />, backend.api);
    expect(await screen.findByRole('heading', { name: 'Welcome to XRM Explorer' })).toBeTruthy();
    expect((await screen.findByTestId('store-location')).getAttribute('data-full')).toBe(
      backend.storePath,
    );
    expect(screen.getByTestId('count-nodes').getAttribute('data-value')).toBe('0');

    fireEvent.click(screen.getByRole('button', { name: 'Load demo network' }));
    expect(
      await screen.findByRole('heading', { name: 'Explore a stakeholder’s network' }),
    ).toBeTruthy();
    const counts = await backend.api['graph:get-counts']({});
    expect(counts.nodes).toBeGreaterThan(0);
    expect(screen.getByTestId('count-nodes').getAttribute('data-value')).toBe(String(counts.nodes));
    expect(screen.queryByTestId('welcome')).toBeNull();
  });

  it('shows the backend’s human message when the store cannot be opened', async () => {
    backend = await startInProcessBackend({
      openStore: () => {
        throw new Error('database disk image is malformed');
      },
    });
    renderWithBackend(<App />, backend.api);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain('[object');
    expect(alert.textContent?.length).toBeGreaterThan(10);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('switches to German and saves the choice through the settings channel', async () => {
    backend = await startInProcessBackend();
    renderWithBackend(<App />, backend.api);
    await screen.findByRole('heading', { name: 'Welcome to XRM Explorer' });
    expect(await backend.api['settings:get-language']({})).toMatchObject({ chosen: false });

    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(await screen.findByRole('heading', { name: 'Willkommen im XRM Explorer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Demo-Netzwerk laden' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    await expect(backend.api['settings:get-language']({})).resolves.toEqual({
      language: 'de',
      chosen: true,
    });
  });
});
