import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
} from '../../../electron/backend/context.ts';
import { handlers } from '../../../electron/backend/handlers/index.ts';
import { dispatch } from '../../../electron/backend/ipc/dispatch.ts';
import { createStagingArea } from '../../../electron/backend/staging/staging-area.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { okValue } from '../handler-results.ts';
import { stageFixture } from './stage-fixture.ts';
import type { ChannelOutput, EventPayload } from '../../../shared/ipc/contract.ts';

let dir: string;
let context: OwnedBackendContext;
let progress: EventPayload<'import:progress'>[];
let changed: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-import-wizard-'));
  const storePath = join(dir, 'xrm.db');
  context = createBackendContext({
    host: 'web',
    appVersion: '0.0.0',
    openStore: () => openEmbeddedStore(storePath),
    settings: createMemorySettings(),
    staging: createStagingArea(dir),
  });
  await context.ready();
  progress = [];
  changed = [];
  context.onEvent((name, payload) => {
    if (name === 'import:progress') progress.push(payload as EventPayload<'import:progress'>);
    if (name === 'store:changed') changed.push((payload as { reason: string }).reason);
  });
});

afterEach(async () => {
  await context.close();
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, input: unknown) =>
  dispatch(handlers, channel, input, context, { checkOutput: true });

describe('import wizard handlers on a real SQLite file', () => {
  it('previews encoding, delimiter, columns (unknown kept) and a dry run naming the bad line', async () => {
    const file = await stageFixture(context, 'trade-fair-bad.csv');
    const preview = okValue<ChannelOutput<'import:preview'>>(
      await call('import:preview', { file: file.id, as: 'nodes' }),
    );
    expect(preview.encoding).toBe('utf-8');
    expect(preview.delimiter).toBe(';');
    expect(preview.file.name).toBe('trade-fair-bad.csv');
    expect(preview.columns.find((c) => c.header === 'email')?.target).toEqual({ field: 'email' });
    expect(preview.columns.find((c) => c.header === 'Messestand')?.target).toEqual({
      property: 'Messestand',
    });
    expect(preview.rows[1]?.[2]).toBe('Tobias Brandt');
    expect(preview.dryRun.written).toBe(false);
    expect(preview.dryRun.errors).toEqual([expect.objectContaining({ line: 3, column: 'email' })]);
    expect((await context.store().counts()).nodes).toBe(0);
  });

  it('an import with a bad row writes nothing; the fixed file imports with progress and store:changed', async () => {
    const bad = await stageFixture(context, 'trade-fair-bad.csv');
    const refused = okValue<ChannelOutput<'import:run'>>(
      await call('import:run', { file: bad.id, as: 'nodes' }),
    );
    expect(refused.written).toBe(false);
    expect(refused.errorCount).toBe(1);
    expect((await context.store().counts()).nodes).toBe(0);
    expect(changed).toEqual([]);

    const good = await stageFixture(context, 'trade-fair.csv');
    const summary = okValue<ChannelOutput<'import:run'>>(
      await call('import:run', { file: good.id, as: 'nodes' }),
    );
    expect(summary).toMatchObject({ written: true, created: 3, errorCount: 0 });
    expect(summary.organizations.created).toBe(1);
    expect(summary.file).toBe('trade-fair.csv');
    expect(changed).toEqual(['import']);
    const mine = progress.filter((p) => p.file === good.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.share >= 0 && p.share <= 1)).toBe(true);
    const node = await context.store().getNode('tf-yilmaz');
    expect(node?.name).toBe('Deniz Yılmaz');

    const again = okValue<ChannelOutput<'import:preview'>>(
      await call('import:preview', { file: good.id, as: 'nodes' }),
    );
    expect(again.dryRun).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('skip invalid writes the valid rows and reports the rest', async () => {
    const bad = await stageFixture(context, 'trade-fair-bad.csv');
    const summary = okValue<ChannelOutput<'import:run'>>(
      await call('import:run', { file: bad.id, as: 'nodes', skipInvalid: true }),
    );
    expect(summary).toMatchObject({ written: true, created: 2, skipped: 1 });
    expect(await context.store().getNode('tf-brandt')).toBeUndefined();
  });

  it('cancel during the run leaves the store as it was', async () => {
    const rows = Array.from(
      { length: 5_000 },
      (_, i) => `p-${i};Contact;Person ${i};person${i}@example.de`,
    );
    const csv = `id;kind;name;email\n${rows.join('\n')}\n`;
    const file = await context.staging.receive(
      Readable.from([Buffer.from(csv)]),
      'big.csv',
      1 << 22,
    );
    // Cancel as soon as the import reports progress: it is then certainly under way.
    context.onEvent((name, payload) => {
      if (name === 'import:progress' && (payload as { file: string }).file === file.id) {
        void call('import:cancel', { file: file.id });
      }
    });
    const result = await call('import:run', { file: file.id, as: 'nodes' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('cancelled');
    expect((await context.store().counts()).nodes).toBe(0);
    expect(changed).toEqual([]);
  });

  it('refuses paths and unknown ids: only staged files can be read', async () => {
    const path = await call('import:preview', { file: '/etc/passwd', as: 'nodes' });
    expect(path.ok).toBe(false);
    if (!path.ok) expect(path.error.code).toBe('invalid-input');
    const unknown = await call('import:run', { file: 'A'.repeat(24), as: 'nodes' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('not-found');
    const extra = await call('import:run', { file: 'A'.repeat(24), as: 'nodes', path: '/tmp/x' });
    expect(extra.ok).toBe(false);
  });

  it('discard deletes an uploaded copy; the web host has no file dialog', async () => {
    const file = await stageFixture(context, 'trade-fair.csv');
    const folder = (await readdir(dir)).find((name) => name.startsWith('xrm-import-'));
    expect(folder).toBeDefined();
    expect(await readdir(join(dir, folder!))).toHaveLength(1);
    expect(okValue(await call('import:discard', { file: file.id }))).toEqual({ discarded: true });
    expect(await readdir(join(dir, folder!))).toHaveLength(0);
    const pick = await call('import:pick-files', {});
    expect(pick.ok).toBe(false);
    if (!pick.ok) expect(pick.error.code).toBe('unsupported');
  });

  it('an upload over the limit is refused and leaves no file behind', async () => {
    const big = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
    await expect(context.staging.receive(big, 'big.csv', 1000)).rejects.toThrow(/larger than/);
    const folder = (await readdir(dir)).find((name) => name.startsWith('xrm-import-'));
    expect(await readdir(join(dir, folder!))).toHaveLength(0);
  });
});
