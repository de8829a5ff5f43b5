/**
 * Runs the web host on its own:
 *   node electron/web-host/serve-main.ts --db FILE [--port N] [--host 127.0.0.1] [--renderer DIR]
 * Prints the URL (with the token in its fragment) and stops on SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHost } from './web-host.ts';

const USAGE =
  'Usage: node electron/web-host/serve-main.ts --db FILE [--port N] [--host 127.0.0.1] [--renderer DIR]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        renderer: { type: 'string', default: 'dist/renderer' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!values.db || !Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(
      values.db ? `--port must be a number from 0 to 65535, not "${values.port}".` : USAGE,
    );
    return 2;
  }
  if (!existsSync(join(resolve(values.renderer), 'index.html'))) {
    console.warn(
      `No built renderer in ${values.renderer} (run \`npm run build:renderer\`); the API works without it.`,
    );
  }
  const host = await startWebHost({
    storePath: values.db,
    port,
    host: values.host,
    rendererDir: values.renderer,
  });
  console.log(`XRM Explorer is served at ${host.url}`);
  await new Promise<void>((done) => {
    const stop = (): void => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
