/**
 * Bundles the Electron glue into two CommonJS files:
 *   dist/electron/main.cjs     electron/main/main.ts with the backend and every dependency
 *   dist/electron/preload.cjs  electron/preload/preload.ts with the contract (and zod)
 *
 * Why bundles: a sandboxed preload can `require` only `electron` (and a few
 * polyfilled modules), so it must be one self-contained file; and a bundled
 * main lets the package ship without node_modules (electron-store is ESM-only,
 * the bundle turns it into CommonJS).
 *
 * Usage: node scripts/build-electron.ts
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_OUTDIR = 'dist/electron';

// Electron 45 ships Node 22 and Chromium 142.
const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
  external: ['electron'],
};

/** What each bundle may still `require` at run time; anything else is a packaging bug. */
const allowedExternals = {
  main: (path: string) => path === 'electron' || isBuiltin(path),
  preload: (path: string) => path === 'electron',
};

/** `outdir` is relative to the repository root unless absolute (tests build into a temporary folder). */
export async function buildElectron(outdir = DEFAULT_OUTDIR): Promise<void> {
  const [main, preload] = await Promise.all([
    build({
      ...common,
      entryPoints: { main: 'electron/main/main.ts' },
      outExtension: { '.js': '.cjs' },
      outdir,
      platform: 'node',
      target: 'node22',
      // Dependencies written as ES modules read import.meta.url; give them the CommonJS equivalent.
      define: { 'import.meta.url': '__xrmImportMetaUrl' },
      banner: {
        js: "const __xrmImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
      },
    }),
    build({
      ...common,
      entryPoints: { preload: 'electron/preload/preload.ts' },
      outExtension: { '.js': '.cjs' },
      outdir,
      platform: 'browser',
      target: 'chrome142',
    }),
  ]);
  checkExternals('main', main.metafile, allowedExternals.main);
  checkExternals('preload', preload.metafile, allowedExternals.preload);
}

function checkExternals(
  name: string,
  metafile: Metafile | undefined,
  allowed: (path: string) => boolean,
): void {
  const outputs = Object.values(metafile?.outputs ?? {});
  const stray = outputs
    .flatMap((output) => output.imports)
    .filter((entry) => entry.external && !allowed(entry.path))
    .map((entry) => entry.path);
  if (stray.length > 0) {
    throw new Error(
      `The ${name} bundle would require ${[...new Set(stray)].join(', ')} at run time.`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildElectron().then(
    () => console.log(`Built ${DEFAULT_OUTDIR}/main.cjs and ${DEFAULT_OUTDIR}/preload.cjs`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
