import { XrmError } from '../../../shared/errors.ts';
import type { DomainHandlers } from '../ipc/handler-types.ts';

/**
 * The canvas as PNG needs a save dialog, which only the desktop app has
 * (electron/main/png-export.ts replaces this); the browser downloads the image itself.
 */
export const canvasHandlers = {
  'canvas:save-png': async () => {
    throw new XrmError('unsupported', 'Saving a PNG through a dialog needs the desktop app.');
  },
} satisfies DomainHandlers<'canvas'>;
