import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, type Command } from 'commander';
import { XrmError } from '../../../shared/errors.ts';
import type { CliIo } from '../cli-io.ts';
import { printResult, type OutputOptions } from '../cli-output.ts';
import { addStoreOptions, databasePath, type StoreOptions } from '../store-options.ts';

interface ServeOptions extends StoreOptions, OutputOptions {
  readonly port: number;
}

const RENDERER_DIR = fileURLToPath(new URL('../../../dist/renderer', import.meta.url));

export function registerServeCommand(program: Command, io: CliIo): void {
  const command = program
    .command('serve')
    .description('serve the app and its API on 127.0.0.1 until stopped (Ctrl+C)')
    .option('--port <n>', 'port; 0 picks a free one', parsePort, 0)
    .option('--json', 'machine-readable output');
  addStoreOptions(command).action(async (options: ServeOptions) => {
    const storePath = databasePath(options);
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      io.stderr.write(
        `xrm: no built renderer in ${RENDERER_DIR} (run \`npm run build:renderer\`); the API works without it.\n`,
      );
    }
    // Loaded on demand: the web host pulls in every handler, which other commands never need.
    const { startWebHost } = await import('../../web-host/web-host.ts');
    const host = await startWebHost({
      storePath,
      port: options.port,
      rendererDir: RENDERER_DIR,
    }).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new XrmError(
          'invalid-input',
          `Port ${options.port} is already in use; choose another with --port.`,
        );
      }
      throw error;
    });
    const { url, origin, port, token } = host;
    printResult(io, options, { url, origin, port, token, database: storePath }, () => [
      `XRM Explorer is served at ${url}`,
      `Database: ${storePath}. Stop with Ctrl+C.`,
    ]);
    await untilStopped();
    await host.close();
  });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    throw new InvalidArgumentError(`"${value}" is not a port (0 to 65535).`);
  }
  return port;
}

function untilStopped(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}
