import { basename, join } from 'node:path';
import { EXPORT_FILE_NAMES } from '../../shared/domain/export.schema.ts';
import { exportNetwork } from '../backend/export/export-network.ts';
import type { Handlers } from '../backend/ipc/handler-types.ts';
import type { Downloads } from './downloads.ts';

/**
 * The browser host's answers to "save a file": written into its private folder
 * and offered as one-time download links (the desktop app shows a save dialog instead).
 */
export function downloadHandlers(downloads: Downloads): Pick<Handlers, 'export:save-network'> {
  return {
    'export:save-network': async (input, context) => {
      const dir = await downloads.workDir();
      const out = join(dir, EXPORT_FILE_NAMES[input.format]);
      const written = await exportNetwork(context.store(), input.format, out, input.csv);
      return {
        files: written.files.map((file) => {
          const name = basename(file);
          return { name, url: downloads.offer(file, name) };
        }),
        counts: written.counts,
      };
    },
  };
}
