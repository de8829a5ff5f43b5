/**
 * `npm start` / `npm run dev`: builds what the app needs and opens it.
 *
 *   node scripts/start.ts          build renderer + Electron bundles, launch Electron
 *   node scripts/start.ts --dev    vite dev server (hot reload) + Electron
 *
 * Where the Electron binary is not installed (it is downloaded by electron's
 * install script, which some machines cannot reach), this says so in one line
 * and serves the same app in the browser through the loopback web host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const DEV_SERVER_URL = 'http://127.0.0.1:5173';
const VITE_CONFIG = 'renderer/vite.config.ts';

async function main(): Promise<number> {
  const dev = process.argv.includes('--dev');
  const electron = electronBinary();
  if (!electron) {
    console.log(
      'XRM Explorer: the Electron desktop shell is unavailable on this machine (its binary is not installed); starting the same app in your browser instead.',
    );
    await run('npx', ['vite', 'build', '--config', VITE_CONFIG]);
    return serveInBrowser();
  }
  await buildElectron();
  if (!dev) {
    await run('npx', ['vite', 'build', '--config', VITE_CONFIG]);
    return launch(electron, ['.'], {});
  }
  const vite = spawn('npx', ['vite', '--config', VITE_CONFIG, '--port', '5173', '--strictPort'], {
    cwd: root,
    stdio: 'inherit',
  });
  try {
    await waitForServer(DEV_SERVER_URL, vite);
    return await launch(electron, ['.', '--dev'], { VITE_DEV_SERVER_URL: DEV_SERVER_URL });
  } finally {
    vite.kill('SIGTERM');
  }
}

/**
 * The binary's path, without letting `require('electron')` start a download:
 * electron's index.js fetches a missing binary on first require.
 */
function electronBinary(): string | undefined {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const expected = override ? join(override, relative) : join(packageDir, 'dist', relative);
  if (!existsSync(expected)) return undefined;
  return require('electron') as string;
}

/**
 * The main process runs the backend, imports included: the young-generation cap
 * `xrm` uses (see electron/cli/xrm.ts) keeps a large import's peak memory down.
 * Electron reads V8 flags for its main process only from its command line.
 */
const MAIN_JS_FLAGS = '--js-flags=--max-semi-space-size=16';

function launch(binary: string, args: string[], env: Record<string, string>): Promise<number> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // Would turn Electron into plain Node and skip the app entirely.
  delete childEnv['ELECTRON_RUN_AS_NODE'];
  const child = spawn(binary, [MAIN_JS_FLAGS, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: childEnv,
  });
  return exitOf(child);
}

async function serveInBrowser(): Promise<number> {
  const { startWebHost } = await import('../electron/web-host/web-host.ts');
  const dataDir = userDataDir();
  mkdirSync(dataDir, { recursive: true });
  const host = await startWebHost({
    storePath: join(dataDir, 'xrm.db'),
    rendererDir: join(root, 'dist', 'renderer'),
  });
  console.log(`XRM Explorer is running at ${host.url} (Ctrl+C stops it)`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await host.close();
  return 0;
}

/** The folder Electron's app.getPath('userData') uses, so both shells open the same data. */
function userDataDir(): string {
  const name = 'XRM Explorer';
  if (process.platform === 'win32') {
    return join(process.env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), name);
  }
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), name);
}

/** Polls the dev server until it answers, or fails as soon as vite exits. */
async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  let exited = false;
  server.once('exit', () => {
    exited = true;
  });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (exited) throw new Error('The vite dev server stopped before it was ready.');
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The vite dev server did not answer at ${url} within a minute.`);
}

async function run(command: string, args: string[]): Promise<void> {
  const code = await exitOf(spawn(command, args, { cwd: root, stdio: 'inherit' }));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}).`);
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `XRM Explorer could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
