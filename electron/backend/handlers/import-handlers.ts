import { XrmError } from '../../../shared/errors.ts';
import type {
  ImportProgressEvent,
  ImportRequest,
  ImportSummaryView,
} from '../../../shared/domain/import.schema.ts';
import { runImport, type ImportProgress, type RunImportOptions } from '../import/run-import.ts';
import { CsvReadError } from '../import/read-csv.ts';
import { rememberConfirmed, wizardColumns, type WizardColumns } from '../import/wizard-columns.ts';
import type { BackendContext, DomainHandlers } from '../ipc/handler-types.ts';
import type { StagedEntry, StagingArea } from '../staging/staging-area.ts';
import { toSummaryView } from './import-summary.ts';

/** Rows shown in the wizard's preview table. */
const PREVIEW_ROWS = 8;
/** Imports running now, by staged file id: what `import:cancel` aborts. */
const running = new Map<string, AbortController>();

/**
 * The import wizard's backend. A file arrives staged by the host (never as a
 * path from the renderer); preview opens it like the CLI would and dry-runs the
 * whole import; run writes it, atomically unless skipInvalid, with progress.
 */
export const importHandlers = {
  'import:pick-files': async () => {
    throw new XrmError(
      'unsupported',
      'This window cannot open a file dialog; choose the file with the upload field.',
    );
  },

  'import:preview': async (request, context) => {
    const entry = stagingOf(context).get(request.file);
    const columns = await wizardColumns(
      runOptions(entry, request),
      request,
      context.importMappings,
    ).catch((error: unknown) => {
      if (error instanceof CsvReadError) throw new XrmError('invalid-input', error.message);
      throw error;
    });
    const { setup } = columns;
    const width = setup.file.headers.length;
    const dryRun = await runImport(context.store(), { ...columns.options, dryRun: true });
    return {
      file: { id: entry.id, name: entry.name, size: entry.size },
      encoding: setup.file.encoding.encoding,
      encodingReason: setup.file.encoding.reason,
      delimiter: setup.file.delimiter,
      headerLine: setup.file.headerLine,
      ...(setup.preset ? { preset: setup.preset.name } : {}),
      columns: setup.bindings.map(({ header, target }) => ({ header, target })),
      mappingSource: columns.source,
      rows: setup.file.preview.slice(0, PREVIEW_ROWS).map((cells) => [...cells].slice(0, width)),
      dryRun: toSummaryView(dryRun, entry.name),
    };
  },

  'import:run': async (request, context) => {
    const entry = stagingOf(context).get(request.file);
    if (running.has(entry.id)) {
      throw new XrmError('conflict', `"${entry.name}" is already being imported.`);
    }
    const controller = new AbortController();
    running.set(entry.id, controller);
    try {
      const options = runOptions(entry, request);
      // A file that cannot be read is reported by runImport, on its line, as before.
      const columns = await wizardColumns(options, request, context.importMappings).catch(
        (error: unknown) => {
          if (error instanceof CsvReadError) return undefined;
          throw error;
        },
      );
      const summary = await runImport(context.store(), {
        ...(columns?.options ?? options),
        signal: controller.signal,
        onProgress: (progress) => context.emit('import:progress', progressEvent(entry, progress)),
      });
      if (summary.written) context.emit('store:changed', { reason: 'import' });
      // Only a mapping that was imported with is confirmed; a refused run remembers nothing.
      if (columns && summary.written) await remember(columns, context);
      return toSummaryView(summary, entry.name);
    } finally {
      running.delete(entry.id);
    }
  },

  'import:cancel': async ({ file }) => {
    const controller = running.get(file);
    controller?.abort();
    return { cancelled: controller !== undefined };
  },

  'import:discard': async ({ file }, context) => ({
    discarded: await stagingOf(context).discard(file),
  }),
} satisfies DomainHandlers<'import'>;

/** Remembering is a convenience: failing to save it must not turn a done import into an error. */
async function remember(columns: WizardColumns, context: BackendContext): Promise<void> {
  try {
    await rememberConfirmed(columns, context.importMappings);
  } catch (error) {
    console.warn('The column mapping could not be remembered', error);
  }
}

function stagingOf(context: BackendContext): StagingArea {
  if (context.staging) return context.staging;
  throw new XrmError('unsupported', 'This XRM Explorer host cannot receive files to import.');
}

/** The wizard's choices as runImport options; the path comes from the staging area only. */
function runOptions(entry: StagedEntry, request: ImportRequest): RunImportOptions {
  return {
    file: entry.path,
    fileName: entry.name,
    as: request.as,
    ...(request.preset && request.as === 'nodes' ? { preset: request.preset } : {}),
    ...(request.encoding ? { encoding: request.encoding } : {}),
    ...(request.delimiter ? { delimiter: request.delimiter } : {}),
    ...(request.skipInvalid ? { skipInvalid: true } : {}),
  };
}

/** Checking reads the file once, writing once more: each is half of the bar. */
function progressEvent(entry: StagedEntry, progress: ImportProgress): ImportProgressEvent {
  const fileShare = Math.min(1, progress.bytes / Math.max(1, progress.totalBytes));
  return {
    file: entry.id,
    phase: progress.phase,
    rows: progress.rows,
    rowsPerSecond: progress.rowsPerSecond,
    secondsLeft: progress.secondsLeft ?? null,
    share: progress.phase === 'checking' ? fileShare / 2 : 0.5 + fileShare / 2,
  };
}

export type { ImportSummaryView };
