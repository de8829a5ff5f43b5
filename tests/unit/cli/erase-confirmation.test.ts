import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../electron/cli/cli-program.ts';
import type { CliIo } from '../../../electron/cli/cli-io.ts';

let dir: string;
let db: string;

/** In-process, because a child process cannot be given a real terminal here. */
function captured(stdinIsTty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    stdinIsTty,
    env: {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-erase-'));
  db = join(dir, 'demo.db');
  expect(await runCli(['demo', '--db', db, '--json'], captured(false).io)).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('xrm erase at a terminal', () => {
  it('asks for --yes before erasing and erases nothing without it', async () => {
    const refused = captured(true);
    expect(await runCli(['erase', 'con-weiss-renate-groetsch', '--db', db], refused.io)).toBe(2);
    expect(refused.stderr()).toContain('--yes');
    const shown = captured(false);
    expect(
      await runCli(['show', 'con-weiss-renate-groetsch', '--db', db, '--json'], shown.io),
    ).toBe(0);
    expect(JSON.parse(shown.stdout())).toMatchObject({ node: { name: 'Renate Grötsch' } });
  });

  it('erases with --yes and prints what was removed', async () => {
    const confirmed = captured(true);
    expect(
      await runCli(['erase', 'con-weiss-renate-groetsch', '--db', db, '--yes'], confirmed.io),
    ).toBe(0);
    expect(confirmed.stdout()).toMatch(
      /^Erased Renate Grötsch \(con-weiss-renate-groetsch\): \d+ relationships? and \d+ interactions? removed\.\n$/,
    );
  });
});
