import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { EXPORT_FILE_NAMES, type ExportFormat } from '../../shared/domain/export.schema.ts';
import { exportNetwork } from '../backend/export/export-network.ts';
import type { Handler } from '../backend/ipc/handler-types.ts';

const FILTERS: Readonly<Record<Exclude<ExportFormat, 'csv'>, Electron.FileFilter[]>> = {
  json: [{ name: 'XRM Explorer backup (JSON)', extensions: ['json'] }],
  graphml: [{ name: 'GraphML', extensions: ['graphml'] }],
  gexf: [{ name: 'GEXF (Gephi)', extensions: ['gexf'] }],
};

/**
 * "Export network…" in the desktop app: a save dialog (a folder for CSV, which is
 * three files), then the same writers as `xrm export`, straight from the store.
 */
export function saveNetworkHandler(
  parent: () => BrowserWindow | undefined,
): Handler<'export:save-network'> {
  return async (input, context) => {
    const out = await askWhere(input.format, parent());
    if (out === undefined) return { cancelled: true };
    const written = await exportNetwork(context.store(), input.format, out, input.csv);
    return {
      files: written.files.map((path) => ({ name: path.split(/[\\/]/).at(-1) ?? path, path })),
      counts: written.counts,
    };
  };
}

async function askWhere(
  format: ExportFormat,
  window: BrowserWindow | undefined,
): Promise<string | undefined> {
  if (format === 'csv') {
    const options: OpenDialogOptions = {
      title: 'Folder for nodes.csv, relationships.csv and interactions.csv',
      properties: ['openDirectory', 'createDirectory'],
    };
    const choice = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return choice.canceled ? undefined : choice.filePaths[0];
  }
  const options: SaveDialogOptions = {
    defaultPath: EXPORT_FILE_NAMES[format],
    filters: FILTERS[format],
  };
  const choice = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return choice.canceled ? undefined : choice.filePath;
}
