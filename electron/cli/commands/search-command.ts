import { Option, type Command } from 'commander';
import { NODE_KINDS, type NodeKind } from '../../../graph-schema/index.ts';
import type { SearchHit } from '../../../shared/store/graph-store.ts';
import { positiveInteger } from '../cli-arguments.ts';
import type { CliIo } from '../cli-io.ts';
import { pad, printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

interface SearchOptions extends StoreOptions, OutputOptions {
  readonly kind?: NodeKind;
  readonly limit: number;
}

export function registerSearchCommand(program: Command, io: CliIo): void {
  const command = program
    .command('search')
    .description(
      'find stakeholders by name, organisation, title, e-mail or tag (diacritics optional)',
    )
    .argument('<text>', 'what to look for, e.g. "muller" or "Einkauf Hansa"')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(NODE_KINDS))
    .addOption(
      new Option('--limit <n>', 'at most this many results')
        .argParser(positiveInteger(1000))
        .default(20),
    )
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (text: string, options: SearchOptions) => {
    const hits = await withStore(io, options, 'read', (store) =>
      store.search({ text, limit: options.limit, ...(options.kind && { kinds: [options.kind] }) }),
    );
    printResult(io, options, { results: hits }, () => humanHits(text, hits));
  });
}

function humanHits(text: string, hits: readonly SearchHit[]): string[] {
  if (hits.length === 0) return [`Nothing found for "${text}".`];
  const idWidth = Math.max(...hits.map((hit) => [...hit.id].length));
  return hits.map((hit) => {
    const detail = [hit.title, hit.organization].filter(Boolean).join(', ');
    return `${pad(hit.id, idWidth)}  ${pad(hit.kind, 11)} ${hit.name}${detail ? ` — ${detail}` : ''}`;
  });
}
