import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { Handler } from '../backend/ipc/handler-types.ts';

const PNG_FILTER = [{ name: 'PNG', extensions: ['png'] }];

/**
 * "Export PNG…" in the desktop app: the renderer draws the image (Cytoscape's
 * png()), the contract has already checked its bytes; here only the save dialog
 * and the write.
 */
export function savePngHandler(
  parent: () => BrowserWindow | undefined,
): Handler<'canvas:save-png'> {
  return async (input) => {
    const window = parent();
    const options: SaveDialogOptions = { defaultPath: input.fileName, filters: PNG_FILTER };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { cancelled: true };
    await writeFile(choice.filePath, input.png);
    return { path: choice.filePath };
  };
}
