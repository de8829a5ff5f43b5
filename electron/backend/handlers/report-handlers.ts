import { XrmError } from '../../../shared/errors.ts';
import type { DomainHandlers } from '../ipc/handler-types.ts';
import { buildReportData } from '../report/build-report-data.ts';

/** The account influence brief's data, for the report page (app and `xrm report`). */
export const reportHandlers = {
  'report:get-data': async (input, context) =>
    buildReportData({ ...input, store: context.store() }),
  // Printing needs a host: electron/main (report-export.ts) and the web host (download-handlers.ts) replace this.
  'report:save-pdf': async () => {
    throw new XrmError('unsupported', 'Saving a PDF needs the app; use `xrm report` here.');
  },
} satisfies DomainHandlers<'report'>;
