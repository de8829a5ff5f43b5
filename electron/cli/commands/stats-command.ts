import type { Command } from 'commander';
import { NODE_KINDS, RELATIONSHIP_TYPES } from '../../../graph-schema/index.ts';
import type { GraphCounts } from '../../../shared/store/graph-store.ts';
import type { CliIo } from '../cli-io.ts';
import { pad, printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, withStore, type StoreOptions } from '../store-options.ts';

export function registerStatsCommand(program: Command, io: CliIo): void {
  const command = program
    .command('stats')
    .description('count stakeholders by kind, relationships by type, and interactions')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: StoreOptions & OutputOptions) => {
    const { counts, where } = await withStore(io, options, 'read', async (store, path) => ({
      counts: await store.counts(),
      where: path,
    }));
    printResult(io, options, counts, () => humanCounts(counts, where));
  });
}

function humanCounts(counts: GraphCounts, where: string): string[] {
  const line = (label: string, n: number | undefined) => `  ${pad(label, 15)} ${n ?? 0}`;
  return [
    `Database: ${where}`,
    `Stakeholders:     ${counts.nodes}`,
    ...NODE_KINDS.filter((kind) => counts.byKind[kind]).map((kind) =>
      line(kind, counts.byKind[kind]),
    ),
    `Relationships:    ${counts.relationships}`,
    ...RELATIONSHIP_TYPES.filter((type) => counts.byType[type]).map((type) =>
      line(type, counts.byType[type]),
    ),
    `Interactions:     ${counts.interactions}`,
  ];
}
