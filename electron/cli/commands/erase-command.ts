import type { Command } from 'commander';
import { NotFoundError } from '../../../shared/errors.ts';
import { UsageError } from '../cli-errors.ts';
import type { CliIo } from '../cli-io.ts';
import { plural, printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

interface EraseOptions extends StoreOptions, OutputOptions {
  readonly yes?: boolean;
}

export function registerEraseCommand(program: Command, io: CliIo): void {
  const command = program
    .command('erase')
    .description(
      'GDPR Art. 17: remove a person and every trace of them (relationships, interactions, search index)',
    )
    .argument('<id>', 'the stakeholder id')
    .option('-y, --yes', 'confirm; required when run from a terminal')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (id: string, options: EraseOptions) => {
    // Someone at a keyboard must say yes; scripts (no terminal) are trusted to mean it.
    if (io.stdinIsTty && !options.yes) {
      throw new UsageError(`erasing "${id}" cannot be undone; run again with --yes to confirm.`);
    }
    const erased = await withStore(io, options, 'read', async (store) => {
      const node = await store.getNode(id);
      if (!node) throw new NotFoundError(`The stakeholder "${id}"`);
      const report = await store.eraseSubject(id);
      return { erased: { id, kind: node.kind, name: node.name }, ...report };
    });
    printResult(io, options, erased, () => [
      `Erased ${erased.erased.name} (${id}): ${plural(erased.relationships, 'relationship')} and ${plural(erased.interactions, 'interaction')} removed.`,
    ]);
  });
}
