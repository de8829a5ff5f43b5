import { basename, join } from 'node:path';
import { EXPORT_FILE_NAMES } from '../../shared/domain/export.schema.ts';
import { exportNetwork } from '../backend/export/export-network.ts';
import type { Handlers } from '../backend/ipc/handler-types.ts';
import { chromiumPath } from '../backend/report/chromium.ts';
import type { Downloads } from './downloads.ts';
import { printReportPage } from './print-report-page.ts';

/** What printing needs to know about the running host: where its report page is served. */
export interface HostAddress {
  readonly origin: string;
  readonly token: string;
}

/**
 * The browser host's answers to "save a file": written into its private folder
 * and offered as one-time download links (the desktop app shows a save dialog instead).
 */
export function downloadHandlers(
  downloads: Downloads,
  handlers: Pick<Handlers, 'report:get-data'>,
  address: () => HostAddress,
): Pick<Handlers, 'export:save-network' | 'report:save-pdf'> {
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
    'report:save-pdf': async (input, context) => {
      // Same request as the page will make: a wrong account fails before Chromium starts.
      const data = await handlers['report:get-data']({ account: input.account }, context);
      const name = `${data.account.name.replace(/[\\/:*?"<>|]+/g, '-')}.pdf`;
      const out = join(await downloads.workDir(), name);
      await printReportPage({
        ...address(),
        request: { account: input.account },
        accountName: data.account.name,
        language: input.lang,
        paper: input.paper,
        chromium: chromiumPath(),
        out,
      });
      return { download: { name, url: downloads.offer(out, name) } };
    },
  };
}
