import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../../electron/cli/cli-program.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let dir: string;
let db: string;

const quiet = { write: () => true };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-serve-'));
  db = join(dir, 'demo.db');
  const io = { stdout: quiet, stderr: quiet, stdinIsTty: false, env: {} };
  expect(await runCli(['demo', '--db', db], io)).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('xrm serve', { timeout: 120_000 }, () => {
  it('prints its URL and token, answers the contract with the token only, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        'electron/cli/xrm.ts',
        'serve',
        '--db',
        db,
        '--json',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const started = await firstJson(child.stdout);
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
      const call = (headers: Record<string, string>) =>
        fetch(`${started.origin}/api/graph:get-counts`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: '{}',
        });
      expect((await call({})).status).toBe(401);
      const answer = (await (await call({ Authorization: `Bearer ${started.token}` })).json()) as {
        ok: boolean;
        value: { nodes: number };
      };
      expect(answer).toMatchObject({ ok: true, value: { nodes: expect.any(Number) } });
      expect(answer.value.nodes).toBeGreaterThan(100);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});

/** Resolves with the first complete JSON document the stream prints. */
function firstJson(stream: NodeJS.ReadableStream): Promise<Record<string, string>> {
  return new Promise((done, fail) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      try {
        done(JSON.parse(text) as Record<string, string>);
      } catch {
        // not complete yet
      }
    });
    stream.on('end', () => fail(new Error(`xrm serve ended before printing its URL: ${text}`)));
  });
}
