// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { ImportSummaryView } from '../../../../shared/domain/import.schema.ts';
import { SummaryStep } from '../../../../renderer/import/SummaryStep.tsx';
import { startInProcessBackend, type InProcessBackend } from '../support/in-process-backend.ts';
import { renderWithBackend } from '../support/render-with-backend.tsx';
import { stageFixture } from '../../import-wizard/stage-fixture.ts';

let backend: InProcessBackend;
let dryRun: ImportSummaryView;
beforeAll(async () => {
  backend = await startInProcessBackend();
  const file = await stageFixture(backend.context, 'trade-fair.csv');
  dryRun = (await backend.api['import:preview']({ file: file.id, as: 'nodes', skipInvalid: false }))
    .dryRun;
});
afterEach(cleanup);
afterAll(async () => backend.close());

function verdict(summary: ImportSummaryView, language: 'en' | 'de'): string {
  const actions = { next: null, onNext: vi.fn(), onAnother: vi.fn(), onClose: vi.fn() };
  renderWithBackend(<SummaryStep summary={summary} {...actions} />, backend.api, language);
  const text = screen.getByRole('status').textContent ?? '';
  cleanup();
  return text;
}

describe('SummaryStep', () => {
  it('says how long the import took, and "under a second" rather than "0.0 s"', () => {
    const written = { ...dryRun, dryRun: false, written: true };
    expect(verdict({ ...written, seconds: 0.02 }, 'en')).toBe(
      'trade-fair.csv was imported in under a second.',
    );
    expect(verdict({ ...written, seconds: 0.02 }, 'de')).toBe(
      'trade-fair.csv wurde in weniger als einer Sekunde importiert.',
    );
    expect(verdict({ ...written, seconds: 12.34 }, 'en')).toBe(
      'trade-fair.csv was imported in 12.3 s.',
    );
    expect(verdict({ ...written, seconds: 12.34 }, 'de')).toBe(
      'trade-fair.csv wurde in 12,3 s importiert.',
    );
  });

  it('says that nothing was written when the import was refused', () => {
    expect(verdict({ ...dryRun, dryRun: false, written: false, seconds: 0.02 }, 'en')).toBe(
      'Nothing from trade-fair.csv was written.',
    );
  });
});
