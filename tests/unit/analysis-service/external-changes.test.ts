import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysisService } from '../../../electron/backend/analysis/analysis-service.ts';
import { createBackendContext, createMemorySettings } from '../../../electron/backend/context.ts';
import {
  openEmbeddedStore,
  type EmbeddedStore,
} from '../../../electron/backend/store/open-embedded-store.ts';
import type { NodeInput } from '../../../graph-schema/index.ts';

let dir: string;
let path: string;
const open: EmbeddedStore[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xrm-external-'));
  path = join(dir, 'xrm.db');
});

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function openStore(): Promise<EmbeddedStore> {
  const store = await openEmbeddedStore(path);
  open.push(store);
  return store;
}

const person = (id: string, name: string): NodeInput =>
  ({ id, kind: 'Contact', name }) as NodeInput;

describe('another process writing the open store file (xrm import while the app runs)', () => {
  it('is noticed by the app: the analysis answers from the new data', async () => {
    const app = await openStore();
    await app.upsertNodes([person('p-1', 'Anna Berg'), person('p-2', 'Bernd Kraus')]);
    const service = createAnalysisService(app);
    expect((await service.centrality({ metric: 'degree' })).total).toBe(2);

    const terminal = await openStore(); // a second connection, as `xrm import` would have
    await terminal.upsertNodes([person('p-3', 'Carla Diaz')]);

    expect((await service.centrality({ metric: 'degree' })).total).toBe(3);
  });

  it('is announced to the window as store:changed (external), own writes are not', async () => {
    const app = await openStore();
    const context = createBackendContext({
      host: 'web',
      appVersion: 'test',
      openStore: () => app,
      settings: createMemorySettings(),
      externalChangePollMs: 20,
    });
    const reasons: string[] = [];
    context.onEvent((event, payload) => {
      if (event === 'store:changed') reasons.push((payload as { reason: string }).reason);
    });
    await context.ready();
    await new Promise((done) => setTimeout(done, 80));

    await app.upsertNodes([person('p-1', 'Anna Berg')]);
    await new Promise((done) => setTimeout(done, 120));
    expect(reasons).toEqual([]);

    const terminal = await openStore();
    await terminal.upsertNodes([person('p-2', 'Bernd Kraus')]);
    await expect.poll(() => reasons, { timeout: 5_000 }).toEqual(['external']);
    await context.close();
  });
});
