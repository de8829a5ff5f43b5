import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron.ts';
import { CHANNELS } from '../../../shared/ipc/contract.ts';
import { createFakeElectron, FakeWebContents } from './fake-electron.ts';

/**
 * Runs the real bundle dist/electron/main.cjs (built by scripts/build-electron.ts)
 * against a recording fake of Electron, and checks the wiring the pure unit
 * tests cannot see: what is registered before `ready`, the window's web
 * preferences, the IPC sender check end to end, the protocol, the guards.
 */
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

let base: string;
let fake: ReturnType<typeof createFakeElectron>;
let originalLoad: Loader;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'xrm-main-'));
  const appRoot = join(base, 'app');
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(
    join(appRoot, 'dist', 'renderer', 'index.html'),
    '<!doctype html><title>XRM</title>',
  );
  await buildElectron(join(appRoot, 'dist', 'electron'));
  fake = createFakeElectron({ userData: join(base, 'user-data'), appRoot, locale: 'de-DE' });
  mkdirSync(join(base, 'user-data'));

  originalLoad = moduleInternals._load;
  moduleInternals._load = function load(request, parent, isMain) {
    return request === 'electron'
      ? fake.electron
      : originalLoad.call(this, request, parent, isMain);
  };
  createRequire(import.meta.url)(join(appRoot, 'dist', 'electron', 'main.cjs'));
});

afterAll(async () => {
  // Quitting closes the store; the fake's `quit` is the sign it has finished.
  if (fake) {
    const quitting = new Promise<void>((resolve) => {
      const poll = (): void =>
        fake.record.calls.includes('quit') ? resolve() : void setImmediate(poll);
      poll();
    });
    fake.electron.app.emit('will-quit', { preventDefault: () => undefined });
    await quitting;
  }
  if (originalLoad) moduleInternals._load = originalLoad;
  rmSync(base, { recursive: true, force: true });
});

const trustedEvent = { senderFrame: { url: 'app://xrm/index.html', parent: null } };

describe('before the app is ready', () => {
  it('registers app:// as a standard, secure scheme, enables the sandbox, takes the instance lock', () => {
    expect(fake.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(JSON.stringify(fake.record.privilegedSchemes)).not.toMatch(/bypassCSP/);
    expect(fake.record.calls).toEqual(['enableSandbox', 'requestSingleInstanceLock']);
    expect(fake.electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(fake.electron.app.listenerCount('second-instance')).toBe(1);
  });
});

describe('once ready', () => {
  beforeAll(async () => {
    fake.markReady();
    await fake.loaded;
  });

  it('opens one locked-down window on app://xrm/ with the bundled preload', () => {
    const [window] = fake.record.windows;
    expect(window?.url).toBe('app://xrm/');
    const prefs = window?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs['preload']).toMatch(/dist[/\\]electron[/\\]preload\.cjs$/);
    expect(existsSync(prefs['preload'] as string)).toBe(true);
    expect(fake.record.errors).toEqual([]);
  });

  it('registers exactly the contract channels', () => {
    expect([...fake.record.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our renderer and refuses foreign and embedded frames', async () => {
    const handler = fake.record.ipcHandlers.get('settings:get-language') as (
      e: unknown,
      i: unknown,
    ) => Promise<unknown>;
    expect(await handler(trustedEvent, {})).toEqual({
      ok: true,
      value: expect.objectContaining({ language: 'de' }),
    });
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://xrm/index.html', parent: {} },
      null,
    ]) {
      expect(await handler({ senderFrame }, {})).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    expect(await handler(trustedEvent, { sneaky: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('rebuilds the menu in the new language when the renderer switches it', async () => {
    const labels = () =>
      (fake.record.menus.at(-1) as Array<{ label?: string }>).map((m) => m.label);
    expect(labels()).toContain('&Datei');
    const set = fake.record.ipcHandlers.get('settings:set-language') as (
      e: unknown,
      i: unknown,
    ) => Promise<unknown>;
    expect(await set(trustedEvent, { language: 'en' })).toMatchObject({ ok: true });
    expect(labels()).toContain('&File');
  });

  it('sends File menu commands to the window as contract events', () => {
    const file = (
      fake.record.menus.at(-1) as Array<{ submenu: Array<{ id?: string; click?: () => void }> }>
    )[0];
    file?.submenu.find((item) => item.id === 'backup')?.click?.();
    expect(fake.record.windows[0]?.webContents.sent).toContainEqual({
      channel: 'xrm:event',
      message: { name: 'app:menu-command', payload: { command: 'backup' } },
    });
  });

  it('serves the renderer over app:// with the CSP and refuses traversal', async () => {
    const handle = fake.record.protocolHandlers.get('app') as (r: unknown) => Promise<Response>;
    const index = await handle({ url: 'app://xrm/', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(
      (await handle({ url: 'app://xrm/..%2f..%2fuser-data%2fconfig.json', method: 'GET' })).status,
    ).toBe(403);
  });

  it('denies every permission and every remote request', () => {
    const granted: boolean[] = [];
    fake.record.session['permissionRequest']?.(
      {} as never,
      'media' as never,
      ((ok: boolean) => granted.push(ok)) as never,
    );
    expect(granted).toEqual([false]);
    expect(fake.record.session['permissionCheck']?.()).toBe(false);
    expect(fake.record.session['devicePermission']?.()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      fake.record.session['beforeRequest']?.(
        { url } as never,
        ((r: { cancel: boolean }) => (cancel = r.cancel)) as never,
      );
      return cancel;
    };
    expect(decide('https://cdn.example.com/x.js')).toBe(true);
    expect(decide('app://xrm/assets/index.js')).toBe(false);
  });
});

describe('every webContents', () => {
  it('may not open windows, attach webviews or navigate away; https links go to the browser', () => {
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    const open = contents.windowOpenHandler as (d: { url: string }) => unknown;
    expect(open({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(open({ url: 'http://example.com/' })).toEqual({ action: 'deny' });

    const prevented: string[] = [];
    const navigate = (name: string, url: string) =>
      contents.emit(name, { url, preventDefault: () => prevented.push(`${name} ${url}`) });
    navigate('will-navigate', 'https://evil.example/');
    navigate('will-navigate', 'app://xrm/#/account/1');
    navigate('will-redirect', 'https://evil.example/');
    contents.emit('will-attach-webview', { preventDefault: () => prevented.push('webview') });
    expect(prevented).toEqual([
      'will-navigate https://evil.example/',
      'will-redirect https://evil.example/',
      'webview',
    ]);
    expect(fake.record.opened).toEqual(['https://example.com/docs', 'https://evil.example/']);
  });
});
