import type {
  ColumnMapping,
  IMPORT_COLLECTIONS,
  IMPORT_DELIMITERS,
  IMPORT_ENCODINGS,
  IMPORT_PRESETS,
  ImportColumn,
  ImportPreview,
  ImportProgressEvent,
  ImportRequest,
  StagedFile,
} from '../../shared/domain/import.schema.ts';
import { duplicateFields } from './column-choices.ts';

export type Collection = (typeof IMPORT_COLLECTIONS)[number];
export type PresetChoice = (typeof IMPORT_PRESETS)[number] | 'auto';

/** What the person chose; `auto` means "let the import decide". */
export interface WizardOptions {
  readonly as: Collection;
  readonly preset: PresetChoice;
  readonly encoding: (typeof IMPORT_ENCODINGS)[number];
  readonly delimiter: (typeof IMPORT_DELIMITERS)[number];
  readonly skipInvalid: boolean;
  /** The columns as the person mapped them; null: as the import binds them (remembered or automatic). */
  readonly mapping: ColumnMapping | null;
  /** False after "reset to automatic": a mapping remembered for these headers is not applied. */
  readonly remembered: boolean;
}

export const DEFAULT_OPTIONS: WizardOptions = {
  as: 'nodes',
  preset: 'auto',
  encoding: 'auto',
  delimiter: 'auto',
  skipInvalid: false,
  mapping: null,
  remembered: true,
};

/** Another collection, encoding, delimiter or preset means other headers: the mapping starts over. */
export function withOptions(current: WizardOptions, next: WizardOptions): WizardOptions {
  const sameFile =
    current.as === next.as &&
    current.preset === next.preset &&
    current.encoding === next.encoding &&
    current.delimiter === next.delimiter;
  return sameFile ? next : { ...next, mapping: null, remembered: true };
}

/** The request for `import:preview` / `import:run`: defaults are left out. */
export function toRequest(file: StagedFile, options: WizardOptions): ImportRequest {
  return {
    file: file.id,
    as: options.as,
    ...(options.as === 'nodes' && options.preset !== 'auto' ? { preset: options.preset } : {}),
    ...(options.encoding === 'auto' ? {} : { encoding: options.encoding }),
    ...(options.delimiter === 'auto' ? {} : { delimiter: options.delimiter }),
    ...(options.skipInvalid ? { skipInvalid: true } : {}),
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.remembered ? {} : { remembered: false }),
  };
}

/**
 * An import with errors is atomic: it would write nothing. So it may only run
 * when the dry run is clean, or the person chose to leave invalid rows out.
 */
export function canRun(preview: ImportPreview, options: WizardOptions): boolean {
  const dry = preview.dryRun;
  if (options.mapping && duplicateFields(options.mapping).size > 0) return false;
  if (dry.errors.some((issue) => issue.line <= preview.headerLine)) return false;
  if (dry.errorCount === 0) return dry.rows > 0;
  return options.skipInvalid && dry.rows > dry.errorCount;
}

/** How a column lands: `field`, `property` (kept, not dropped) or `ignored`. */
export function columnRole(column: ImportColumn): 'field' | 'property' | 'ignored' {
  if ('field' in column.target) return 'field';
  if ('property' in column.target) return 'property';
  return 'ignored';
}

export function columnTarget(column: ImportColumn): string {
  if ('field' in column.target) return column.target.field;
  if ('property' in column.target) return column.target.property;
  return '';
}

/** The share of the bar, 0..100, never going backwards across the two passes. */
export function progressPercent(progress: ImportProgressEvent | null): number {
  if (!progress) return 0;
  return Math.max(0, Math.min(100, Math.round(progress.share * 100)));
}

/** `m:ss` for the time left; null while there is no estimate yet. */
export function formatSecondsLeft(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A file named like a relationships or interactions export probably is one. */
export function guessCollection(name: string, fallback: Collection): Collection {
  if (/relationship|beziehung|relation|edges|kanten/i.test(name)) return 'relationships';
  if (/interaction|interaktion|aktivit|activit|kontakthistorie/i.test(name)) return 'interactions';
  if (/connections|contacts|kontakte|stakeholder|nodes|knoten/i.test(name)) return 'nodes';
  return fallback;
}
