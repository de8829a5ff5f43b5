import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../shared/domain/import.schema.ts';
import {
  canRun,
  DEFAULT_OPTIONS,
  formatSecondsLeft,
  guessCollection,
  progressPercent,
  toRequest,
} from '../../../../renderer/import/wizard-state.ts';

const file = { id: 'A'.repeat(24), name: 'contacts.csv', size: 120 };

function preview(errors: { line: number; column: string; message: string }[], rows = 3) {
  return {
    headerLine: 1,
    dryRun: { rows, errors, errorCount: errors.length },
  } as unknown as ImportPreview;
}

describe('import wizard state', () => {
  it('sends only what differs from "detect", and a preset only for stakeholders', () => {
    expect(toRequest(file, DEFAULT_OPTIONS)).toEqual({ file: file.id, as: 'nodes' });
    const chosen = {
      ...DEFAULT_OPTIONS,
      preset: 'linkedin',
      encoding: 'windows-1252',
      delimiter: ';',
      skipInvalid: true,
    } as const;
    expect(toRequest(file, chosen)).toEqual({
      file: file.id,
      as: 'nodes',
      preset: 'linkedin',
      encoding: 'windows-1252',
      delimiter: ';',
      skipInvalid: true,
    });
    expect(toRequest(file, { ...DEFAULT_OPTIONS, as: 'relationships', preset: 'outlook' })).toEqual(
      { file: file.id, as: 'relationships' },
    );
  });

  it('runs a clean file; a file with errors only when invalid rows may be left out', () => {
    const bad = preview([{ line: 3, column: 'email', message: 'is not a valid e-mail address' }]);
    expect(canRun(preview([]), DEFAULT_OPTIONS)).toBe(true);
    expect(canRun(bad, DEFAULT_OPTIONS)).toBe(false);
    expect(canRun(bad, { ...DEFAULT_OPTIONS, skipInvalid: true })).toBe(true);
    expect(canRun(preview([], 0), DEFAULT_OPTIONS)).toBe(false);
    // A problem with the header (a missing column) cannot be skipped row by row.
    const header = preview([{ line: 1, column: '(header)', message: 'no column for source' }]);
    expect(canRun(header, { ...DEFAULT_OPTIONS, skipInvalid: true })).toBe(false);
  });

  it('guesses what a file holds from its name', () => {
    expect(guessCollection('Beziehungen 2026.csv', 'nodes')).toBe('relationships');
    expect(guessCollection('interactions.csv', 'nodes')).toBe('interactions');
    expect(guessCollection('Connections.csv', 'relationships')).toBe('nodes');
    expect(guessCollection('messe.csv', 'interactions')).toBe('interactions');
  });

  it('shows progress as a bounded percentage and time left as m:ss', () => {
    expect(progressPercent(null)).toBe(0);
    const event = {
      file: file.id,
      phase: 'writing' as const,
      rows: 10,
      rowsPerSecond: 5,
      secondsLeft: 75.2,
    };
    expect(progressPercent({ ...event, share: 0.756 })).toBe(76);
    expect(progressPercent({ ...event, share: 1.2 })).toBe(100);
    expect(formatSecondsLeft(75.2)).toBe('1:16');
    expect(formatSecondsLeft(null)).toBeNull();
  });
});
