import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface XrmRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `xrm` as a child process, the way a script or a scheduler would. */
export function xrm(...args: string[]): XrmRun {
  const env = { ...process.env };
  delete env.XRM_DEBUG;
  const result = spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'electron/cli/xrm.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env, timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack frame in output means a user saw internals. */
export const STACK_FRAME = /^\s+at .+[:(]\d+/m;
