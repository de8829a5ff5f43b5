import type { Command } from 'commander';
import type { CopySummary } from '../../backend/copy/copy-network.ts';
import type { GraphCounts, UpsertSummary } from '../../../shared/store/graph-store.ts';
import { UsageError } from '../cli-errors.ts';
import type { CliIo } from '../cli-io.ts';
import { printResult, type OutputOptions } from '../cli-output.ts';
import { describeTarget, openTarget } from '../store-options.ts';
import { parseStoreSpec } from '../store-spec.ts';

interface CopyOptions extends OutputOptions {
  readonly from?: string;
  readonly to?: string;
  readonly neo4jUser?: string;
  readonly neo4jDatabase?: string;
}

export function registerCopyCommand(program: Command, io: CliIo): void {
  program
    .command('copy')
    .description('copy everything from one store to another (e.g. embedded to Neo4j), verified')
    .requiredOption('--from <store>', 'source: sqlite:PATH, a .db file, or a neo4j:// URI')
    .requiredOption('--to <store>', 'target: sqlite:PATH, a .db file, or a neo4j:// URI')
    .option('--neo4j-user <user>', 'Neo4j user name for a neo4j:// side', 'neo4j')
    .option('--neo4j-database <name>', 'Neo4j database for a neo4j:// side', 'neo4j')
    .option('--json', 'machine-readable output')
    .action(async (options: CopyOptions) => {
      const result = await runCopy(io, options);
      printResult(io, options, result, () => humanSummary(result));
    });
}

interface CopyResult {
  readonly from: string;
  readonly to: string;
  readonly copied: CopySummary;
  readonly counts: GraphCounts;
}

async function runCopy(io: CliIo, options: CopyOptions): Promise<CopyResult> {
  const neo4j = { user: options.neo4jUser, database: options.neo4jDatabase };
  const source = parseStoreSpec(options.from ?? '', '--from', neo4j);
  const target = parseStoreSpec(options.to ?? '', '--to', neo4j);
  const [from, to] = [describeTarget(source), describeTarget(target)];
  if (from === to) throw new UsageError(`--from and --to are the same store (${from}).`);
  // Loaded when the command runs, so `--help` answers without the stores.
  const { copyNetwork } = await import('../../backend/copy/copy-network.ts');
  const sourceStore = await openTarget(io, source, 'read');
  try {
    const targetStore = await openTarget(io, target, 'write');
    try {
      const copied = await copyNetwork(sourceStore, targetStore);
      return { from, to, copied, counts: await targetStore.counts() };
    } finally {
      await targetStore.close();
    }
  } finally {
    await sourceStore.close();
  }
}

function humanSummary(result: CopyResult): string[] {
  const line = (label: string, s: UpsertSummary) =>
    `  ${label} ${s.created} new, ${s.updated} updated, ${s.unchanged} unchanged`;
  return [
    `Copied ${result.from} → ${result.to}`,
    line('Stakeholders: ', result.copied.nodes),
    line('Relationships:', result.copied.relationships),
    line('Interactions: ', result.copied.interactions),
    `Verified: both hold ${result.counts.nodes} stakeholders, ${result.counts.relationships} relationships, ${result.counts.interactions} interactions.`,
  ];
}
