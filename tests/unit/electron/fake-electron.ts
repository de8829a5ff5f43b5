import { EventEmitter } from 'node:events';

/**
 * Just enough of Electron's main-process API for the bundled main.cjs to run
 * under Node: every call is recorded, nothing is rendered. The real binary
 * cannot be downloaded on these machines; this is how the wiring is checked.
 */
export interface FakeElectronOptions {
  readonly userData: string;
  readonly appRoot: string;
  readonly locale: string;
}

type Handler = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; message: unknown }> = [];
  windowOpenHandler: Handler | undefined;
  send(channel: string, message: unknown): void {
    this.sent.push({ channel, message });
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
}

export interface FakeElectronRecord {
  readonly calls: string[];
  readonly privilegedSchemes: unknown[];
  readonly windows: Array<{
    options: Record<string, unknown>;
    url?: string;
    webContents: FakeWebContents;
  }>;
  readonly menus: unknown[];
  readonly opened: string[];
  readonly errors: string[];
  readonly ipcHandlers: Map<string, Handler>;
  readonly protocolHandlers: Map<string, Handler>;
  readonly session: Record<string, Handler>;
}

export interface FakeElectron {
  /** What `require('electron')` returns inside the bundle. */
  readonly electron: { readonly app: EventEmitter } & Record<string, unknown>;
  readonly record: FakeElectronRecord;
  /** Resolves `app.whenReady()`. */
  markReady(): void;
  /** The first URL a window loaded. */
  readonly loaded: Promise<string>;
}

export function createFakeElectron(options: FakeElectronOptions): FakeElectron {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let markLoaded: (url: string) => void = () => undefined;
  const loaded = new Promise<string>((resolve) => {
    markLoaded = resolve;
  });
  const record: FakeElectronRecord = {
    calls: [] as string[],
    privilegedSchemes: [] as unknown[],
    windows: [] as Array<{
      options: Record<string, unknown>;
      url?: string;
      webContents: FakeWebContents;
    }>,
    menus: [] as unknown[],
    opened: [] as string[],
    errors: [] as string[],
    ipcHandlers: new Map<string, Handler>(),
    protocolHandlers: new Map<string, Handler>(),
    session: {} as Record<string, Handler>,
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getPath: () => options.userData,
    getAppPath: () => options.appRoot,
    getVersion: () => '0.1.0',
    getLocale: () => options.locale,
    requestSingleInstanceLock: () => (record.calls.push('requestSingleInstanceLock'), true),
    enableSandbox: () => void record.calls.push('enableSandbox'),
    whenReady: () => ready,
    setAboutPanelOptions: () => undefined,
    showAboutPanel: () => void record.calls.push('showAboutPanel'),
    quit: () => void record.calls.push('quit'),
    exit: (code: number) => void record.calls.push(`exit ${code}`),
  });

  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => record.windows;
    readonly webContents = new FakeWebContents();
    constructor(windowOptions: Record<string, unknown>) {
      super();
      record.windows.push({ options: windowOptions, webContents: this.webContents });
    }
    async loadURL(url: string): Promise<void> {
      const entry = record.windows.at(-1);
      if (entry) entry.url = url;
      markLoaded(url);
    }
    maximize(): void {}
    show(): void {}
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
  }

  const electron = {
    app,
    BrowserWindow,
    ipcMain: {
      on: () => undefined,
      handle: (channel: string, handler: Handler) => void record.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void record.ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) =>
        void record.privilegedSchemes.push(...schemes),
    },
    session: {
      defaultSession: {
        protocol: {
          handle: (scheme: string, handler: Handler) =>
            void record.protocolHandlers.set(scheme, handler),
        },
        setPermissionRequestHandler: (h: Handler) => void (record.session['permissionRequest'] = h),
        setPermissionCheckHandler: (h: Handler) => void (record.session['permissionCheck'] = h),
        setDevicePermissionHandler: (h: Handler) => void (record.session['devicePermission'] = h),
        webRequest: { onBeforeRequest: (h: Handler) => void (record.session['beforeRequest'] = h) },
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => void record.menus.push(menu.template),
    },
    shell: { openExternal: async (url: string) => void record.opened.push(url) },
    dialog: {
      showMessageBox: async () => ({ response: 0 }),
      showErrorBox: (title: string, message: string) =>
        void record.errors.push(`${title}: ${message}`),
    },
  };
  return { electron, record, markReady: () => markReady(), loaded };
}
