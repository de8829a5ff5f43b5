import {
  CSV_DELIMITERS,
  type CsvOptions,
  type ExportCounts,
  type ExportFormat,
} from '../../../shared/domain/export.schema.ts';
import { XrmError } from '../../../shared/errors.ts';
import type { GraphReader } from '../../../shared/store/graph-store.ts';

export interface NetworkExport {
  /** The files written: one, or three for CSV (nodes, relationships, interactions). */
  readonly files: readonly string[];
  readonly counts: ExportCounts;
}

/**
 * The whole network in one format, for the CLI, the desktop app's save dialog
 * and the browser host's downloads alike. `out` is a file, or a folder for CSV.
 * Writers are loaded on demand so start-up stays fast. A file-system failure
 * names the path and the reason; nothing half-written is left under the name.
 */
export async function exportNetwork(
  store: GraphReader,
  format: ExportFormat,
  out: string,
  csv?: CsvOptions,
): Promise<NetworkExport> {
  try {
    return await writeFormat(store, format, out, csv);
  } catch (error) {
    throw cannotWrite(out, error);
  }
}

async function writeFormat(
  store: GraphReader,
  format: ExportFormat,
  out: string,
  csv: CsvOptions | undefined,
): Promise<NetworkExport> {
  switch (format) {
    case 'graphml': {
      const { exportGraphml } = await import('./graphml-export.ts');
      return { files: [out], counts: { ...(await exportGraphml(store, out)), interactions: 0 } };
    }
    case 'gexf': {
      const { exportGexf } = await import('./gexf-export.ts');
      return { files: [out], counts: { ...(await exportGexf(store, out)), interactions: 0 } };
    }
    case 'json': {
      const { exportJson } = await import('./json-export.ts');
      return { files: [out], counts: await exportJson(store, out) };
    }
    case 'csv': {
      const { exportCsv } = await import('./csv-export.ts');
      const result = await exportCsv(store, {
        dir: out,
        delimiter: CSV_DELIMITERS[csv?.delimiter ?? 'comma'],
        ...(csv?.bom && { bom: true }),
      });
      const { nodes, relationships, interactions } = result.files;
      return { files: [nodes, relationships, interactions], counts: result.counts };
    }
  }
}

function cannotWrite(out: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  return new XrmError('invalid-input', `Cannot write ${out} (${code}); nothing was exported.`, {
    cause: error,
  });
}
