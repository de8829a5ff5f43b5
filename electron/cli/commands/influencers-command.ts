import type { Command } from 'commander';
import type { AccountInfluenceOutput } from '../../../shared/domain/analysis.schema.ts';
import type { CliIo } from '../cli-io.ts';
import { pad, plural, printResult } from '../cli-output.ts';
import { addStoreOptions } from '../store-options.ts';
import {
  addPathOptions,
  pathQuery,
  withAnalysis,
  type PathCliOptions,
} from './analysis-cli-options.ts';

interface InfluencersOptions extends PathCliOptions {
  readonly account: string;
}

export function registerInfluencersCommand(program: Command, io: CliIo): void {
  const command = program
    .command('influencers')
    .description(
      'who carries influence to an account, the key-person risk if they leave, buying-centre coverage',
    )
    .requiredOption('--account <id>', 'the account');
  addStoreOptions(addPathOptions(command, 'paths weighed for brokerage (1–50, default 20)')).action(
    async (options: InfluencersOptions) => {
      const result = await withAnalysis(io, options, (service) =>
        service.accountInfluence({ account: options.account, ...pathQuery(options) }),
      );
      printResult(io, options, result, () => humanInfluence(result));
    },
  );
}

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)),
  );
  const line = (cells: readonly string[]) =>
    `  ${cells.map((cell, i) => pad(cell, widths[i]!)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

function humanInfluence(result: AccountInfluenceOutput): string[] {
  const { account, coverage } = result;
  const lines = [
    `${account.name} (${account.id}): best route score ${result.bestScore.toFixed(3)}, ${plural(result.pathCount, 'route')} weighed`,
    '',
    'Brokers (who carries the routes)',
    ...(result.brokers.length === 0
      ? ['  none: every route is direct or there is none']
      : table(
          ['Score', 'Share', 'Routes', 'Name', 'Kind', 'Id'],
          result.brokers.map((b) => [
            b.carriedScore.toFixed(3),
            percent(b.share),
            String(b.pathCount),
            b.name,
            b.kind,
            b.id,
          ]),
        )),
    '',
    'Key-person risk (if they left)',
    ...(result.risks.length === 0
      ? ['  none']
      : table(
          ['Drop', 'Best without', 'Name', 'Id', 'Accounts cut off'],
          result.risks.map((r) => [
            percent(r.relativeDrop),
            r.bestScoreWithout.toFixed(3),
            r.name,
            r.id,
            r.accountsLosingAllPaths === null
              ? ''
              : r.accountsLosingAllPaths.map((a) => a.name).join(', ') || '-',
          ]),
        )),
    '',
    `Buying-centre coverage within ${coverage.maxHops} hops: ${percent(coverage.coverage)}`,
    ...table(
      ['Best', 'Role', 'Name', 'Stance', 'Consent', 'Id'],
      [
        ...coverage.reachable.map((m) => [
          m.bestScore.toFixed(3),
          m.decisionRole,
          m.name,
          m.stance ?? '',
          m.consent,
          m.id,
        ]),
        ...coverage.unreachable.map((m) => [
          `— ${m.reason}`,
          m.decisionRole,
          m.name,
          m.stance ?? '',
          m.consent,
          m.id,
        ]),
      ],
    ),
  ];
  for (const note of result.notes) lines.push('', `Note: ${note}`);
  return lines;
}
