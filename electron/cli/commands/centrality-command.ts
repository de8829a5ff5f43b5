import { Option, type Command } from 'commander';
import {
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  type NodeKind,
  type RelationshipType,
} from '../../../graph-schema/index.ts';
import {
  CENTRALITY_METRIC_NAMES,
  type CentralityOutput,
} from '../../../shared/domain/analysis.schema.ts';
import { positiveInteger } from '../cli-arguments.ts';
import type { CliIo } from '../cli-io.ts';
import { pad, printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, type StoreOptions } from '../store-options.ts';
import { strength, withAnalysis } from './analysis-cli-options.ts';

interface CentralityOptions extends StoreOptions, OutputOptions {
  readonly metric: (typeof CENTRALITY_METRIC_NAMES)[number];
  readonly limit?: number;
  readonly kind?: NodeKind[];
  readonly type?: RelationshipType[];
  readonly minStrength?: number;
}

export function registerCentralityCommand(program: Command, io: CliIo): void {
  const command = program
    .command('centrality')
    .description(
      'who sits at the centre of the network (whole network, or the part the filters keep)',
    )
    .addOption(
      new Option('--metric <metric>', 'the measure')
        .choices(CENTRALITY_METRIC_NAMES)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--limit <n>', 'show the top n (default 20)').argParser(positiveInteger(1000)),
    )
    .addOption(
      new Option('--kind <kind...>', 'only stakeholders of these kinds').choices(NODE_KINDS),
    )
    .addOption(
      new Option('--type <type...>', 'only relationships of these types').choices(
        RELATIONSHIP_TYPES,
      ),
    )
    .addOption(
      new Option('--min-strength <s>', 'only relationships at least this strong (0–1)').argParser(
        strength,
      ),
    )
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: CentralityOptions) => {
    const filter = {
      ...(options.kind && { kinds: options.kind }),
      ...(options.type && { types: options.type }),
      ...(options.minStrength !== undefined && { minStrength: options.minStrength }),
    };
    const result = await withAnalysis(io, options, (service) =>
      service.centrality({ metric: options.metric, limit: options.limit, filter }),
    );
    printResult(io, options, result, () => humanCentrality(result));
  });
}

function humanCentrality(result: CentralityOutput): string[] {
  const lines = [`${result.metric}: top ${result.scores.length} of ${result.total}`];
  const idWidth = Math.max(0, ...result.scores.map((s) => [...s.id].length));
  for (const s of result.scores)
    lines.push(`  ${s.score.toFixed(4)}  ${pad(s.id, idWidth)}  ${s.name}`);
  for (const note of result.notes) lines.push('', `Note: ${note}`);
  return lines;
}
