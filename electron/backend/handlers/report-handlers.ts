import { XrmError } from '../../../shared/errors.ts';
import type { DomainHandlers } from '../ipc/handler-types.ts';
import { buildReportData } from '../report/build-report-data.ts';

/** The account influence brief's data, for the report page (app and `xrm report`). */
export const reportHandlers = {
  'report:get-data': async (input, context) =>
    buildReportData({ ...input, store: context.store() }),
  // Printing needs Electron's Chromium; electron/main replaces this handler (report-export.ts).
  'report:save-pdf': async () => {
    throw new XrmError('unsupported', 'Saving a PDF needs the desktop app; use `xrm report` here.');
  },
} satisfies DomainHandlers<'report'>;
