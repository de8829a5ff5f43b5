import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { NotFoundError, XrmError } from '../../../shared/errors.ts';
import type { CliIo } from '../cli-io.ts';
import { printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

interface SubjectExportOptions extends StoreOptions, OutputOptions {
  readonly out?: string;
}

export function registerSubjectExportCommand(program: Command, io: CliIo): void {
  const command = program
    .command('subject-export')
    .description('GDPR Art. 15: everything held about one person, as JSON')
    .argument('<id>', 'the stakeholder id')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (id: string, options: SubjectExportOptions) => {
    const document = await withStore(io, options, 'read', async (store) => {
      const exported = await store.subjectExport(id);
      if (!exported) throw new NotFoundError(`The stakeholder "${id}"`);
      return exported;
    });
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (options.out === undefined) {
      io.stdout.write(text);
      return;
    }
    const out = resolve(options.out);
    writePrivately(out, text);
    printResult(io, options, { written: out, id }, () => [
      `Wrote everything held about ${document.node.name} (${id}) to ${out}.`,
    ]);
  });
}

/** Personal data: readable by the owner only. */
function writePrivately(path: string, text: string): void {
  try {
    writeFileSync(path, text, { encoding: 'utf8', mode: 0o600 });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'write failed';
    throw new XrmError('invalid-input', `Cannot write ${path} (${reason}).`, { cause: error });
  }
}
