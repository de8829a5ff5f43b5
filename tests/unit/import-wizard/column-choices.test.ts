import { describe, expect, it } from 'vitest';
import {
  choicesFor,
  duplicateFields,
  mappingOfColumns,
  withChoice,
} from '../../../renderer/import/column-choices.ts';
import {
  canRun,
  DEFAULT_OPTIONS,
  toRequest,
  withOptions,
} from '../../../renderer/import/wizard-state.ts';
import {
  ImportRequestSchema,
  type ImportColumn,
  type ImportPreview,
} from '../../../shared/domain/import.schema.ts';

const COLUMNS: ImportColumn[] = [
  { header: 'id', target: { field: 'id' } },
  { header: 'E-Mail', target: { field: 'email' } },
  { header: 'Mail privat', target: { property: 'Mail privat' } },
  { header: 'column 4', target: { ignore: true } },
];
const file = { id: 'A'.repeat(24), name: 'kontakte.csv', size: 300 };
const cleanPreview = {
  headerLine: 1,
  dryRun: { rows: 3, errors: [], errorCount: 0 },
} as unknown as ImportPreview;

describe('the wizard column choices', () => {
  it('offer the fields of the collection, then keep and ignore', () => {
    expect(choicesFor('interactions')).toEqual([
      'id',
      'date',
      'channel',
      'participants',
      'summary',
      'sentiment',
      'origin',
      'property',
      'ignore',
    ]);
    expect(choicesFor('nodes')).toContain('email');
    expect(choicesFor('relationships')).not.toContain('email');
  });

  it('start from what the preview bound and change one column', () => {
    expect(mappingOfColumns(COLUMNS)).toEqual({
      id: 'id',
      'E-Mail': 'email',
      'Mail privat': 'property',
      'column 4': 'ignore',
    });
    const changed = withChoice(null, COLUMNS, 'E-Mail', 'ignore');
    expect(withChoice(changed, COLUMNS, 'Mail privat', 'email')).toEqual({
      id: 'id',
      'E-Mail': 'ignore',
      'Mail privat': 'email',
      'column 4': 'ignore',
    });
  });

  it('find a field chosen for two columns; such a mapping cannot run and is never sent valid', () => {
    const clash = withChoice(null, COLUMNS, 'Mail privat', 'email');
    expect(duplicateFields(clash)).toEqual(new Map([['email', ['E-Mail', 'Mail privat']]]));
    expect(duplicateFields(mappingOfColumns(COLUMNS)).size).toBe(0);
    expect(canRun(cleanPreview, { ...DEFAULT_OPTIONS, mapping: clash })).toBe(false);
    expect(canRun(cleanPreview, { ...DEFAULT_OPTIONS, mapping: mappingOfColumns(COLUMNS) })).toBe(
      true,
    );
    expect(
      ImportRequestSchema.safeParse(toRequest(file, { ...DEFAULT_OPTIONS, mapping: clash }))
        .success,
    ).toBe(false);
  });

  it('send the mapping and a reset in the request, and start over when the file is read differently', () => {
    const mapping = withChoice(null, COLUMNS, 'Mail privat', 'notes');
    const mapped = { ...DEFAULT_OPTIONS, mapping };
    expect(toRequest(file, mapped)).toEqual({ file: file.id, as: 'nodes', mapping });
    expect(ImportRequestSchema.parse(toRequest(file, mapped)).mapping).toEqual(mapping);
    expect(toRequest(file, { ...DEFAULT_OPTIONS, remembered: false })).toEqual({
      file: file.id,
      as: 'nodes',
      remembered: false,
    });
    expect(withOptions(mapped, { ...mapped, skipInvalid: true }).mapping).toEqual(mapping);
    expect(withOptions(mapped, { ...mapped, delimiter: ',' })).toMatchObject({
      mapping: null,
      remembered: true,
    });
    expect(withOptions(mapped, { ...mapped, as: 'relationships' }).mapping).toBeNull();
  });
});
