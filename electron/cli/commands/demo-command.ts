import type { Command } from 'commander';
import { XrmError } from '../../../shared/errors.ts';
import { loadDemo } from '../../backend/demo/load-demo.ts';
import type { CliIo } from '../cli-io.ts';
import { plural, printResult, shellArg, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

interface DemoOptions extends StoreOptions, OutputOptions {
  readonly force?: boolean;
}

export function registerDemoCommand(program: Command, io: CliIo): void {
  const command = program
    .command('demo')
    .description(
      'write the demo network (Krämer Maschinenbau GmbH and its key accounts) into a store',
    )
    .option('--force', 'write it even if the store already holds data')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: DemoOptions) => {
    const result = await withStore(io, options, 'write', async (store, where) => {
      const { nodes } = await store.counts();
      if (nodes > 0 && !options.force) {
        throw new XrmError(
          'conflict',
          `The database ${where} already holds ${plural(nodes, 'stakeholder')}; nothing was written. Use an empty file, or --force to add the demo network anyway.`,
        );
      }
      return { database: where, ...(await loadDemo(store)) };
    });
    printResult(io, options, result, () => [
      `Wrote the demo network to ${result.database}: ${plural(result.nodes.created, 'new stakeholder')}, ${plural(result.relationships.created, 'new relationship')}, ${plural(result.interactions, 'interaction')}.`,
      `Try: xrm search müller --db ${shellArg(result.database)}`,
    ]);
  });
}
