// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ImportPreview } from '../../../../shared/domain/import.schema.ts';
import { PreviewStep } from '../../../../renderer/import/PreviewStep.tsx';
import { DEFAULT_OPTIONS } from '../../../../renderer/import/wizard-state.ts';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';
import { stageFixture } from '../../import-wizard/stage-fixture.ts';

let backend: InProcessBackend;
beforeAll(async () => {
  backend = await startInProcessBackend();
});
afterEach(cleanup);
afterAll(async () => backend.close());

/** A real preview: the fixture staged as the web host would, previewed by the real backend. */
async function previewOf(name: string, skipInvalid = false): Promise<ImportPreview> {
  const file = await stageFixture(backend.context, name);
  return backend.api['import:preview']({ file: file.id, as: 'nodes', skipInvalid });
}

describe('PreviewStep', () => {
  it('shows detection, the mapping with kept columns, and the bad row by line; import is blocked', async () => {
    const preview = await previewOf('trade-fair-bad.csv');
    const onOptions = vi.fn();
    const onRun = vi.fn();
    renderWithBackend(
      <PreviewStep
        preview={preview}
        options={DEFAULT_OPTIONS}
        refreshing={false}
        onOptions={onOptions}
        onBack={vi.fn()}
        onRun={onRun}
      />,
      backend.api,
      'de',
    );
    expect(screen.getByTestId('import-delimiter').textContent).toBe('Semikolon (;)');
    const mapping = screen.getByTestId('import-mapping');
    expect(within(mapping).getByRole('row', { name: /Messestand/ }).textContent).toContain(
      'als Eigenschaft „Messestand“ behalten',
    );
    const errors = screen.getByTestId('import-errors');
    expect(errors.textContent).toContain('Zeile 3 · email');
    expect(errors.textContent).toContain('is not a valid e-mail address');
    const run = screen.getByRole('button', { name: 'Importieren' });
    expect((run as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Gültige Zeilen importieren, ungültige auslassen'));
    expect(onOptions).toHaveBeenCalledWith({ ...DEFAULT_OPTIONS, skipInvalid: true });
  });

  it('with skip invalid the dry run counts the valid rows and import may run', async () => {
    const preview = await previewOf('trade-fair-bad.csv', true);
    const onRun = vi.fn();
    renderWithBackend(
      <PreviewStep
        preview={preview}
        options={{ ...DEFAULT_OPTIONS, skipInvalid: true }}
        refreshing={false}
        onOptions={vi.fn()}
        onBack={vi.fn()}
        onRun={onRun}
      />,
      backend.api,
    );
    const counts = screen.getByTestId('import-counts');
    expect(counts.querySelector('[data-count="created"]')?.textContent).toBe('2');
    expect(counts.querySelector('[data-count="skipped"]')?.textContent).toBe('1');
    expect(screen.getByTestId('import-verdict').textContent).toBe(
      '1 invalid row will be left out.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onRun).toHaveBeenCalled();
    expect((await backend.api['graph:get-counts']({})).nodes).toBe(0);
  });
});
