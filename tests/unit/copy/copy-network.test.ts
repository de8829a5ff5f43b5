import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyNetwork, type CopyProgress } from '../../../electron/backend/copy/copy-network.ts';
import { demoNetwork } from '../../../electron/backend/demo/demo-network.ts';
import { loadDemo } from '../../../electron/backend/demo/load-demo.ts';
import type { EmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import { XrmError } from '../../../shared/errors.ts';
import { snapshot } from './network-snapshot.ts';

describe('copyNetwork between two embedded stores', () => {
  let folder: string;
  let source: EmbeddedStore;
  let target: EmbeddedStore;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'xrm-copy-'));
    source = await openEmbeddedStore(join(folder, 'source.db'));
    target = await openEmbeddedStore(join(folder, 'target.db'));
    await loadDemo(source);
  });

  afterEach(async () => {
    await source.close();
    await target.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('copies every record, keeps lastContact and interactions as they were, and a second copy changes nothing', async () => {
    const demo = demoNetwork();
    const progress: CopyProgress[] = [];
    const first = await copyNetwork(source, target, {
      batchSize: 7,
      onProgress: (p) => progress.push(p),
    });
    expect(first.nodes.created).toBe(demo.nodes.length);
    expect(first.relationships.created).toBe(demo.relationships.length);
    expect(first.interactions.created).toBe(demo.interactions.length);
    expect(await target.counts()).toEqual(await source.counts());
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect(progress.at(-1)).toEqual({ phase: 'interactions', done: demo.interactions.length });

    const second = await copyNetwork(source, target);
    for (const phase of [second.nodes, second.relationships, second.interactions]) {
      expect(phase.created + phase.updated).toBe(0);
    }
    expect(second.interactions.unchanged).toBe(demo.interactions.length);
  });

  it('refuses to call it a copy when the target held other data', async () => {
    await target.upsertNodes([{ id: 'p-extra', kind: 'Contact', name: 'Erika Extra' }]);
    const error = await copyNetwork(source, target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XrmError);
    expect((error as XrmError).message).toMatch(/stakeholders: source \d+, target \d+/);
  });

  it('stops between batches when cancelled and finishes on the next run', async () => {
    const controller = new AbortController();
    const error = await copyNetwork(source, target, {
      batchSize: 5,
      signal: controller.signal,
      onProgress: (p) => p.phase === 'relationships' && controller.abort(),
    }).catch((e: unknown) => e);
    expect((error as XrmError).code).toBe('cancelled');
    expect((await target.counts()).interactions).toBe(0);
    await copyNetwork(source, target);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });
});
