import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
} from '../../../electron/backend/context.ts';
import { handlers } from '../../../electron/backend/handlers/index.ts';
import { rememberedMappings } from '../../../electron/backend/import/remembered-mappings.ts';
import { dispatch } from '../../../electron/backend/ipc/dispatch.ts';
import { createStagingArea } from '../../../electron/backend/staging/staging-area.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { okValue } from '../handler-results.ts';
import { stageFixture } from './stage-fixture.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';

const MAIL = 'Kontakt-Mail (Messe)';

let dir: string;
let mappingsFile: string;
let context: OwnedBackendContext;

/** The desktop's wiring: a real SQLite store and the mappings file in the data folder. */
async function startApp(): Promise<OwnedBackendContext> {
  const started = createBackendContext({
    host: 'web',
    appVersion: '0.0.0',
    openStore: () => openEmbeddedStore(join(dir, 'xrm.db')),
    settings: createMemorySettings(),
    staging: createStagingArea(dir),
    importMappings: rememberedMappings({ file: mappingsFile }),
    externalChangePollMs: 0,
  });
  await started.ready();
  return started;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-wizard-mapping-'));
  mappingsFile = join(dir, 'import-mappings.json');
  context = await startApp();
});
afterEach(async () => {
  await context.close();
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, input: unknown) =>
  dispatch(handlers, channel, input, context, { checkOutput: true });

const preview = async (input: object) =>
  okValue<ChannelOutput<'import:preview'>>(await call('import:preview', input));
const targetOf = (p: ChannelOutput<'import:preview'>, header: string) =>
  p.columns.find((c) => c.header === header)?.target;

describe('the wizard mapping through the import handlers', () => {
  it('preview and dry run follow the mapping; run writes it and remembers it', async () => {
    const file = await stageFixture(context, 'messe-kontakte-2025.csv');
    const automatic = await preview({ file: file.id, as: 'nodes' });
    expect(automatic.mappingSource).toBe('automatic');
    expect(targetOf(automatic, MAIL)).toEqual({ property: MAIL });

    const mapping = { [MAIL]: 'email', Messestand: 'notes' };
    const mapped = await preview({ file: file.id, as: 'nodes', mapping });
    expect(mapped.mappingSource).toBe('chosen');
    expect(targetOf(mapped, MAIL)).toEqual({ field: 'email' });
    expect(targetOf(mapped, 'Messestand')).toEqual({ field: 'notes' });
    expect(mapped.dryRun.changes.find((c) => c.id === 'mk-nowak')?.fields).toEqual(
      expect.arrayContaining(['email', 'notes']),
    );
    expect((await context.store().counts()).nodes).toBe(0);

    const summary = okValue<ChannelOutput<'import:run'>>(
      await call('import:run', { file: file.id, as: 'nodes', mapping }),
    );
    expect(summary).toMatchObject({ written: true, errorCount: 0, created: 3 });
    const nowak = await context.store().getNode('mk-nowak');
    expect(nowak?.email).toBe('l.nowak@weber-foerdertechnik.de');
    expect(nowak?.notes).toBe('Halle 3, Stand B12');
    // Provenance names the file the person chose, not the staged copy.
    expect(nowak?.source).toBe('messe-kontakte-2025.csv');

    // The next file with these headers (other order, other case) gets the mapping by itself.
    const next = await stageFixture(context, 'messe-kontakte-2026.csv');
    const offered = await preview({ file: next.id, as: 'nodes' });
    expect(offered.mappingSource).toBe('remembered');
    expect(targetOf(offered, 'KONTAKT-MAIL (MESSE)')).toEqual({ field: 'email' });
    expect(offered.dryRun.changes.find((c) => c.id === 'mk-nowak')?.fields).toContain('email');

    // ...and keeps it across a restart of the app.
    await context.close();
    context = await startApp();
    const again = await stageFixture(context, 'messe-kontakte-2026.csv');
    const afterRestart = await preview({ file: again.id, as: 'nodes' });
    expect(afterRestart.mappingSource).toBe('remembered');
    const run = okValue<ChannelOutput<'import:run'>>(
      await call('import:run', { file: again.id, as: 'nodes' }),
    );
    expect(run.written).toBe(true);
    expect((await context.store().getNode('mk-albers'))?.email).toBe('m.albers@albers-logistik.de');
  });

  it('reset to automatic ignores the remembered mapping; importing that way forgets it', async () => {
    const first = await stageFixture(context, 'messe-kontakte-2025.csv');
    await call('import:run', { file: first.id, as: 'nodes', mapping: { [MAIL]: 'email' } });
    const next = await stageFixture(context, 'messe-kontakte-2026.csv');

    const reset = await preview({ file: next.id, as: 'nodes', remembered: false });
    expect(reset.mappingSource).toBe('automatic');
    expect(targetOf(reset, 'KONTAKT-MAIL (MESSE)')).toEqual({ property: 'KONTAKT-MAIL (MESSE)' });
    // Only looking does not forget.
    expect((await preview({ file: next.id, as: 'nodes' })).mappingSource).toBe('remembered');

    await call('import:run', { file: next.id, as: 'nodes', remembered: false });
    expect((await preview({ file: next.id, as: 'nodes' })).mappingSource).toBe('automatic');
    expect(JSON.parse(await readFile(mappingsFile, 'utf8')).mappings).toEqual([]);
  });

  it('a mapping is remembered per collection', async () => {
    const file = await stageFixture(context, 'messe-kontakte-2025.csv');
    await call('import:run', { file: file.id, as: 'nodes', mapping: { [MAIL]: 'email' } });
    const other = await preview({ file: file.id, as: 'interactions' });
    expect(other.mappingSource).toBe('automatic');
  });

  it('refuses a mapping to a field the collection does not have, naming column and value', async () => {
    const file = await stageFixture(context, 'messe-kontakte-2025.csv');
    const result = await call('import:preview', {
      file: file.id,
      as: 'relationships',
      mapping: { [MAIL]: 'email' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(JSON.stringify(result.error)).toContain(
      'column \\"Kontakt-Mail (Messe)\\" is mapped to \\"email\\", which is not a field of relationships',
    );
    const twice = await call('import:run', {
      file: file.id,
      as: 'nodes',
      mapping: { [MAIL]: 'email', name: 'email' },
    });
    expect(twice.ok).toBe(false);
    expect((await context.store().counts()).nodes).toBe(0);
  });
});
