import type { Command } from 'commander';
import type { CommunitiesOutput } from '../../../shared/domain/analysis.schema.ts';
import type { CliIo } from '../cli-io.ts';
import { printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, type StoreOptions } from '../store-options.ts';
import { withAnalysis } from './analysis-cli-options.ts';

/** Names listed per community in the human output; --json lists up to 200. */
const SHOWN_MEMBERS = 8;

export function registerCommunitiesCommand(program: Command, io: CliIo): void {
  const command = program
    .command('communities')
    .description('groups of stakeholders more tied to each other than to the rest (Louvain)')
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: StoreOptions & OutputOptions) => {
    const result = await withAnalysis(io, options, (service) => service.communities({}));
    printResult(io, options, result, () => humanCommunities(result));
  });
}

function humanCommunities(result: CommunitiesOutput): string[] {
  const lines = [`${result.count} communities, modularity ${result.modularity.toFixed(3)}`];
  for (const c of result.communities) {
    const names = c.members.slice(0, SHOWN_MEMBERS).map((m) => m.name);
    const more = c.size > names.length ? `, … ${c.size - names.length} more` : '';
    lines.push(`  #${c.id} (${c.size}): ${names.join(', ')}${more}`);
  }
  for (const note of result.notes) lines.push('', `Note: ${note}`);
  return lines;
}
