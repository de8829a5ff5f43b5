import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { crowd, freshDir, type TempDir } from './store-test-files.ts';

let temp: TempDir | undefined;
afterEach(async () => temp?.remove());

/** Waits until the child's uncommitted pages spill into the WAL: the batch is mid-write. */
async function walGrows(
  walPath: string,
  beyond: number,
  child: { exitCode: number | null },
): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 20) {
    if (child.exitCode !== null) throw new Error('the child finished before it could be killed');
    if (existsSync(walPath) && statSync(walPath).size > beyond) return;
    await delay(20);
  }
  throw new Error('the child never started writing');
}

it('keeps the previous state when the process is killed in the middle of a batch', async () => {
  temp = await freshDir();
  const dbPath = temp.path('xrm.db');
  const before = await openEmbeddedStore(dbPath);
  await before.upsertNodes(crowd(500));
  const countsBefore = await before.counts();
  await before.close();

  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'kill-mid-batch-child.ts'), dbPath],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await walGrows(`${dbPath}-wal`, 4 * 1024 * 1024, child);
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  expect(output).toContain('writing');
  expect(output).not.toContain('committed');

  const integrity = new DatabaseSync(dbPath);
  expect(integrity.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
  integrity.close();
  const after = await openEmbeddedStore(dbPath);
  expect(await after.counts()).toEqual(countsBefore);
  expect(await after.getNode('huge-0')).toBeUndefined();
  expect((await after.search({ text: 'Kontakt 499' })).map((h) => h.id)).toEqual(['c-499']);
  await after.close();
}, 180_000);
