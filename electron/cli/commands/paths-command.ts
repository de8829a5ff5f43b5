import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { printResult } from '../cli-output.ts';
import { addStoreOptions } from '../store-options.ts';
import {
  addPathOptions,
  pathQuery,
  withAnalysis,
  type PathCliOptions,
} from './analysis-cli-options.ts';
import { humanPaths } from './paths-print.ts';

interface PathsOptions extends PathCliOptions {
  readonly to: string;
  readonly from?: string[];
}

export function registerPathsCommand(program: Command, io: CliIo): void {
  const command = program
    .command('paths')
    .description('the k strongest routes to a person or account, each hop explained')
    .requiredOption('--to <id>', 'the person or organisation to reach')
    .option('--from <id...>', 'start here (default: every colleague and the own company)');
  addStoreOptions(addPathOptions(command, 'how many paths (1–50, default 5)')).action(
    async (options: PathsOptions) => {
      const result = await withAnalysis(io, options, (service) =>
        service.findPaths({ to: options.to, from: options.from, ...pathQuery(options) }),
      );
      const target = result.stakeholders.find((s) => s.id === options.to);
      const label = target ? `${target.name} (${target.id})` : options.to;
      printResult(io, options, result, () => humanPaths(result, label));
    },
  );
}
