import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../../../shared/domain/export.schema.ts';
import type { CliIo } from '../cli-io.ts';
import { plural, printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

const FORMATS = ['csv', 'graphml', 'gexf', 'json'] as const satisfies readonly ExportFormat[];
const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', tab: 'tab' } as const;

interface ExportOptions extends StoreOptions, OutputOptions {
  readonly format: (typeof FORMATS)[number];
  readonly out: string;
  readonly delimiter: keyof typeof DELIMITER_NAMES;
  readonly bom?: boolean;
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
      new Option('--delimiter <d>', 'csv only').choices(Object.keys(DELIMITER_NAMES)).default(','),
    )
    .option('--bom', 'csv only: start with a UTF-8 byte-order mark (Excel on Windows)')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: ExportOptions) => {
    const out = resolve(options.out);
    const { counts } = await withStore(io, options, 'read', async (store) => {
      const { exportNetwork } = await import('../../backend/export/export-network.ts');
      return exportNetwork(store, options.format, out, {
        delimiter: DELIMITER_NAMES[options.delimiter],
        bom: options.bom === true,
      });
    });
    const graphOnly = options.format === 'graphml' || options.format === 'gexf';
    printResult(io, options, { format: options.format, out, ...counts }, () => [
      graphOnly
        ? `Exported ${plural(counts.nodes, 'stakeholder')} and ${plural(counts.relationships, 'relationship')} to ${out}.`
        : `Exported ${plural(counts.nodes, 'stakeholder')}, ${plural(counts.relationships, 'relationship')} and ${plural(counts.interactions, 'interaction')} to ${out}.`,
    ]);
  });
}
