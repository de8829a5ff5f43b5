import { XrmError } from '../../../shared/errors.ts';
import type { DomainHandlers } from '../ipc/handler-types.ts';

/**
 * Saving an export needs a place to put it, which only a host knows: the desktop
 * app replaces this handler with a save dialog (electron/main/network-export.ts),
 * the browser host with one-time downloads (electron/web-host/download-handlers.ts).
 */
export const exportHandlers = {
  'export:save-network': async () => {
    throw new XrmError('unsupported', 'Exporting needs the app; use `xrm export` here.');
  },
} satisfies DomainHandlers<'export'>;
