import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron.ts';
import { CHANNELS } from '../../../shared/ipc/contract.ts';

/**
 * The bundled preload as Electron's sandbox would load it: one CommonJS file
 * whose only `require` is `electron`, exposing `window.xrm` through contextBridge.
 */
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

let dir: string;
let originalLoad: Loader;
const exposed: Array<{ key: string; api: Record<string, (...args: unknown[]) => unknown> }> = [];
const invoked: unknown[][] = [];
const subscribed: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-preload-'));
  await buildElectron(dir);
  const fakeElectron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) =>
        exposed.push({ key, api }),
    },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: {} }),
      on: (channel: string) => subscribed.push(channel),
      removeListener: () => undefined,
    },
  };
  const bundle = join(dir, 'preload.cjs');
  originalLoad = moduleInternals._load;
  moduleInternals._load = function load(request, parent, isMain) {
    if (request === 'electron') return fakeElectron;
    if (request === bundle) return originalLoad.call(this, request, parent, isMain);
    throw new Error(`A sandboxed preload cannot require ${request}`);
  };
  try {
    createRequire(import.meta.url)(bundle);
  } finally {
    moduleInternals._load = originalLoad;
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundled preload', () => {
  it('requires nothing but electron', () => {
    const requires = readFileSync(join(dir, 'preload.cjs'), 'utf8').match(/\brequire\("[^"]+"\)/g);
    expect(new Set(requires)).toEqual(new Set(['require("electron")']));
  });

  it('exposes window.xrm once, with every contract channel and on', () => {
    expect(exposed.map((e) => e.key)).toEqual(['xrm']);
    expect(Object.keys(exposed[0]?.api ?? {}).sort()).toEqual([...CHANNELS, 'on'].sort());
  });

  it('invokes the channel of the method called and subscribes to events on xrm:event', async () => {
    const api = exposed[0]?.api ?? {};
    await api['graph:get-counts']?.({});
    expect(invoked).toEqual([['graph:get-counts', {}]]);
    api['on']?.('store:changed', () => undefined);
    expect(subscribed).toEqual(['xrm:event']);
  });
});
