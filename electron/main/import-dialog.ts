import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Handler } from '../backend/ipc/handler-types.ts';

const OPEN_OPTIONS: OpenDialogOptions = {
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'CSV', extensions: ['csv', 'tsv', 'txt'] },
    { name: '*', extensions: ['*'] },
  ],
};

/**
 * "Import CSV…" in the desktop app: the native open dialog runs here in main,
 * and only the paths the user picked are staged. The renderer gets ids back,
 * so no path it could forge ever reaches the import.
 */
export function pickImportFilesHandler(
  parent: () => BrowserWindow | undefined,
): Handler<'import:pick-files'> {
  return async (_input, context) => {
    const window = parent();
    const choice = window
      ? await dialog.showOpenDialog(window, OPEN_OPTIONS)
      : await dialog.showOpenDialog(OPEN_OPTIONS);
    if (choice.canceled || !context.staging) return { files: [] };
    const staging = context.staging;
    return { files: await Promise.all(choice.filePaths.map((path) => staging.stagePath(path))) };
  };
}
