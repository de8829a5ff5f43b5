import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { XrmError } from '../../../shared/errors.ts';
import type { GraphReader } from '../../../shared/store/graph-store.ts';
import type { CliIo } from '../cli-io.ts';
import { plural, printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';
import { exportGraphFile } from './export-graph-file.ts';

const FORMATS = ['csv', 'graphml', 'gexf', 'json'] as const;
const DELIMITERS = { ',': ',', ';': ';', tab: '\t' } as const;

interface ExportOptions extends StoreOptions, OutputOptions {
  readonly format: (typeof FORMATS)[number];
  readonly out: string;
  readonly delimiter: keyof typeof DELIMITERS;
  readonly bom?: boolean;
}

interface Exported {
  readonly nodes: number;
  readonly relationships: number;
  readonly interactions: number;
}

export function registerExportCommand(program: Command, io: CliIo): void {
  const command = program
    .command('export')
    .description('export the whole network: json (re-importable), csv, graphml or gexf')
    .addOption(
      new Option('--format <format>', 'file format').choices(FORMATS).makeOptionMandatory(),
    )
    .requiredOption(
      '--out <path>',
      'file to write (a folder for csv: nodes.csv, relationships.csv, interactions.csv)',
    )
    .addOption(
      new Option('--delimiter <d>', 'csv only').choices(Object.keys(DELIMITERS)).default(','),
    )
    .option('--bom', 'csv only: start with a UTF-8 byte-order mark (Excel on Windows)')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: ExportOptions) => {
    const out = resolve(options.out);
    const counts = await withStore(io, options, 'read', (store) =>
      writeExport(store, out, options).catch((error: unknown) => {
        throw cannotWrite(out, error);
      }),
    );
    const graphOnly = options.format === 'graphml' || options.format === 'gexf';
    printResult(io, options, { format: options.format, out, ...counts }, () => [
      graphOnly
        ? `Exported ${plural(counts.nodes, 'stakeholder')} and ${plural(counts.relationships, 'relationship')} to ${out}.`
        : `Exported ${plural(counts.nodes, 'stakeholder')}, ${plural(counts.relationships, 'relationship')} and ${plural(counts.interactions, 'interaction')} to ${out}.`,
    ]);
  });
}

async function writeExport(
  store: GraphReader,
  out: string,
  options: ExportOptions,
): Promise<Exported> {
  if (options.format === 'graphml' || options.format === 'gexf') {
    const counts = await exportGraphFile(store, out, options.format);
    return { ...counts, interactions: 0 };
  }
  if (options.format === 'json') {
    const { exportJson } = await import('../../backend/export/json-export.ts');
    return exportJson(store, out);
  }
  const { exportCsv } = await import('../../backend/export/csv-export.ts');
  const result = await exportCsv(store, {
    dir: out,
    delimiter: DELIMITERS[options.delimiter],
    ...(options.bom && { bom: true }),
  });
  return result.counts;
}

/** A file-system failure names the path and the reason; anything else passes through. */
function cannotWrite(out: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  return new XrmError('invalid-input', `Cannot write ${out} (${code}); nothing was exported.`, {
    cause: error,
  });
}
