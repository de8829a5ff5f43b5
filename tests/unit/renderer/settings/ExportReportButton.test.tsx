// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { ExportReportButton } from '../../../../renderer/settings/ExportReportButton.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';

let backend: InProcessBackend;
let customer: string;

beforeAll(async () => {
  backend = await startInProcessBackend();
  await backend.api['demo:load-network']({});
  const hits = await backend.api['graph:search-nodes']({ text: 'Hansa', kinds: ['Customer'] });
  const first = hits.results[0];
  if (!first) throw new Error('the demo network has no customer "Hansa"');
  customer = first.id;
});
afterEach(cleanup);
afterAll(async () => backend.close());

describe('ExportReportButton', () => {
  it('shows the backend’s reason when the host cannot print a PDF', async () => {
    renderWithBackend(<ExportReportButton account={customer} />, backend.api);
    fireEvent.click(screen.getByRole('button', { name: 'Export report…' }));
    const message = await screen.findByTestId('export-report-message');
    expect(message.textContent).toBe('Saving a PDF needs the app; use `xrm report` here.');
    expect(screen.getByRole('button', { name: 'Export report…' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('answers the File menu’s "Export report…" for the customer it shows', async () => {
    renderWithBackend(<ExportReportButton account={customer} />, backend.api);
    expect(screen.queryByTestId('export-report-message')).toBeNull();
    backend.context.emit('app:menu-command', { command: 'export-report' });
    const message = await screen.findByTestId('export-report-message');
    expect(message.textContent).toContain('needs the app');
  });

  it('ignores the other menu commands', async () => {
    renderWithBackend(<ExportReportButton account={customer} />, backend.api);
    const button = screen.getByRole('button', { name: 'Export report…' });
    // An export starts synchronously (the button disables), so none started here.
    act(() => backend.context.emit('app:menu-command', { command: 'backup' }));
    expect(button).toHaveProperty('disabled', false);
    act(() => backend.context.emit('app:menu-command', { command: 'export-report' }));
    expect(button).toHaveProperty('disabled', true);
    await screen.findByTestId('export-report-message');
  });
});
