import { columnMappingProblems, type ImportRequest } from '../../../shared/domain/import.schema.ts';
import { headerMapping, headerSignature, mappingOf, sameBindings } from './column-mapping.ts';
import type { ColumnBinding } from './headers.ts';
import { openImport, type ImportSetup } from './import-setup.ts';
import type { RunImportOptions } from './import-types.ts';
import type { RememberedMappings } from './remembered-mappings.ts';

export type MappingSource = 'automatic' | 'remembered' | 'chosen';

/** How the wizard's file is read: the options for runImport with the mapping in force. */
export interface WizardColumns {
  readonly options: RunImportOptions;
  readonly setup: ImportSetup;
  readonly source: MappingSource;
  readonly signature: string;
  /** The columns as headers and preset alone would bind them. */
  readonly automatic: readonly ColumnBinding[];
}

/**
 * Preview and run resolve the columns the same way: the mapping the request
 * brings; else one remembered for files with these headers (unless the request
 * says `remembered: false`); else the automatic binding.
 */
export async function wizardColumns(
  options: RunImportOptions,
  request: Pick<ImportRequest, 'mapping' | 'remembered'>,
  memory: RememberedMappings | undefined,
): Promise<WizardColumns> {
  const automatic = await openImport(options);
  const signature = headerSignature(options.as, automatic.file.headers);
  const recalled =
    request.mapping || request.remembered === false ? undefined : await memory?.recall(signature);
  // Remembered under an older version whose fields have since changed: not offered.
  const remembered =
    recalled && columnMappingProblems(recalled, options.as).length === 0 ? recalled : undefined;
  const chosen = request.mapping ?? remembered;
  if (!chosen) {
    return {
      options,
      setup: automatic,
      source: 'automatic',
      signature,
      automatic: automatic.bindings,
    };
  }
  const mapped = { ...options, columnMapping: headerMapping(chosen) };
  return {
    options: mapped,
    setup: await openImport(mapped),
    source: request.mapping ? 'chosen' : 'remembered',
    signature,
    automatic: automatic.bindings,
  };
}

/**
 * After an import the person confirmed: a mapping that differs from the
 * automatic one is remembered for these headers; one that equals it (e.g.
 * after "reset to automatic") forgets what was remembered.
 */
export async function rememberConfirmed(
  columns: WizardColumns,
  memory: RememberedMappings | undefined,
): Promise<void> {
  if (!memory || columns.source === 'remembered') return;
  if (sameBindings(columns.setup.bindings, columns.automatic)) {
    await memory.forget(columns.signature);
  } else {
    await memory.remember(columns.signature, mappingOf(columns.setup.bindings));
  }
}
