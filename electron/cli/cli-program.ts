import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { formatUsageError, reportError } from './cli-errors.ts';
import { processIo, type CliIo } from './cli-io.ts';
import { registerCentralityCommand } from './commands/centrality-command.ts';
import { registerCommunitiesCommand } from './commands/communities-command.ts';
import { registerCopyCommand } from './commands/copy-command.ts';
import { registerDemoCommand } from './commands/demo-command.ts';
import { registerEraseCommand } from './commands/erase-command.ts';
import { registerExportCommand } from './commands/export-command.ts';
import { registerImportCommand } from './commands/import-command.ts';
import { registerInfluencersCommand } from './commands/influencers-command.ts';
import { registerPathsCommand } from './commands/paths-command.ts';
import { registerReportCommand } from './commands/report-command.ts';
import { registerSearchCommand } from './commands/search-command.ts';
import { registerServeCommand } from './commands/serve-command.ts';
import { registerShowCommand } from './commands/show-command.ts';
import { registerStatsCommand } from './commands/stats-command.ts';
import { registerSubjectExportCommand } from './commands/subject-export-command.ts';
import { defaultDatabasePath } from './user-data-path.ts';

const FOOTER = `
Stores: every command works on the embedded database given by --db FILE
(default: ${defaultDatabasePath()}), or on Neo4j with
--neo4j URI [--neo4j-user U] [--neo4j-database D] and the password in NEO4J_PASSWORD.

--json prints machine-readable output only. Exit codes: 0 ok, 1 rejected input
(nothing written), 2 usage error. Run \`xrm <command> --help\` for a command's options.`;

/** The `xrm` program: commands in the order of DESIGN.md. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('xrm')
    .description('XRM Explorer without a window: the stakeholder network from the command line.')
    .version(packageVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${formatUsageError(text)}\n`),
    })
    .addHelpText('after', FOOTER);
  registerImportCommand(program, io);
  registerSearchCommand(program, io);
  registerShowCommand(program, io);
  registerPathsCommand(program, io);
  registerInfluencersCommand(program, io);
  registerCentralityCommand(program, io);
  registerCommunitiesCommand(program, io);
  registerStatsCommand(program, io);
  registerReportCommand(program, io);
  registerExportCommand(program, io);
  registerEraseCommand(program, io);
  registerSubjectExportCommand(program, io);
  registerDemoCommand(program, io);
  registerCopyCommand(program, io);
  registerServeCommand(program, io);
  return program;
}

/** Runs one command line; resolves to the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    const report = reportError(error, io.env.XRM_DEBUG === '1');
    if (report.message) io.stderr.write(`${report.message}\n`);
    return report.exitCode;
  }
}

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
