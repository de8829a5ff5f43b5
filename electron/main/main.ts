import { join } from 'node:path';
import { BrowserWindow, app, dialog, session } from 'electron';
import { createBackendContext, type OwnedBackendContext } from '../backend/context.ts';
import { createElectronProfiles } from './electron-profiles.ts';
import { handlers } from '../backend/handlers/index.ts';
import { rememberedMappings } from '../backend/import/remembered-mappings.ts';
import { forwardEvents, registerIpc } from './ipc-register.ts';
import { pickImportFilesHandler } from './import-dialog.ts';
import { launchMode } from './launch-mode.ts';
import { createMainWindow, focusWindow } from './main-window.ts';
import { installAppMenu, type AppMenuOptions } from './menu/menu.ts';
import { openActiveStore } from './open-active-store.ts';
import { saveNetworkHandler } from './network-export.ts';
import { savePngHandler } from './png-export.ts';
import { saveReportPdfHandler } from './report-export.ts';
import { createSecrets } from './secrets/secrets.ts';
import { registerAppScheme, serveRenderer } from './protocol/app-protocol.ts';
import { guardAllWebContents, guardSession } from './security/guards.ts';
import { APP_TRUSTED_ORIGIN } from './security/url-policy.ts';
import { openSettings, type AppSettings } from './settings/settings-store.ts';

/**
 * The Electron entry: lifecycle and wiring only. Policies live in small pure
 * modules (security/, protocol/, settings/, menu/) that are unit-tested under Node.
 */
const mode = launchMode(process.argv, process.env, app.isPackaged);
const trusted = mode.devOrigin ? [APP_TRUSTED_ORIGIN, mode.devOrigin] : [APP_TRUSTED_ORIGIN];
let mainWindow: BrowserWindow | undefined;
let settings: AppSettings | undefined;
let backend: OwnedBackendContext | undefined;

// Before `ready`: the privileged scheme, the sandbox for every renderer, guards on every webContents.
registerAppScheme();
app.enableSandbox();
guardAllWebContents(trusted);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the store files; Electron tells it (second-instance) and it comes forward.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && settings) openWindow(settings);
  });
  app.on('will-quit', (event) => {
    if (!backend) return;
    // Close the store (SQLite checkpoint, Neo4j driver) before the process goes.
    const closing = backend;
    backend = undefined;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start).catch(fail);
}

async function start(): Promise<void> {
  const current = openSettings();
  settings = current;
  guardSession(session.defaultSession, trusted);
  serveRenderer(session.defaultSession, join(app.getAppPath(), 'dist', 'renderer'));
  app.setAboutPanelOptions({
    applicationName: 'XRM Explorer',
    applicationVersion: app.getVersion(),
  });

  // After `ready`: only then does safeStorage know the system keyring.
  const secrets = createSecrets();
  const context: OwnedBackendContext = createBackendContext({
    host: 'electron',
    appVersion: app.getVersion(),
    openStore: () => openActiveStore(current, secrets),
    settings: current,
    // Beside the settings in the app's data folder, so the wizard's mappings survive a restart.
    importMappings: rememberedMappings({
      file: join(app.getPath('userData'), 'import-mappings.json'),
    }),
    profiles: createElectronProfiles({
      settings: current,
      secrets,
      embeddedPath: () => join(app.getPath('userData'), 'xrm.db'),
      switchStore: (open) => context.switchStore(open),
    }),
  });
  backend = context;
  const checkOutput = !app.isPackaged;
  const preloadPath = preloadPathOf();
  // The desktop app prints reports and saves exports itself (dialogs); the shared handlers say "unsupported".
  const desktopHandlers = {
    ...handlers,
    'report:save-pdf': saveReportPdfHandler({ handlers, preloadPath, parent: () => mainWindow }),
    'export:save-network': saveNetworkHandler(() => mainWindow),
    'canvas:save-png': savePngHandler(() => mainWindow),
    'import:pick-files': pickImportFilesHandler(() => mainWindow),
  };
  registerIpc({ handlers: desktopHandlers, context, trusted, checkOutput, log: logError });
  forwardEvents(context, () => (mainWindow ? [mainWindow.webContents] : []), checkOutput);

  const menu: AppMenuOptions = {
    isDev: mode.isDev,
    onCommand: (command) => context.emit('app:menu-command', { command }),
  };
  installAppMenu(current.getLanguage(), menu);
  current.onLanguageChange((language) => installAppMenu(language, menu));

  openWindow(current);
  if (current.recoveredFrom) {
    await dialog.showMessageBox({
      type: 'warning',
      message: 'Your settings could not be read and were reset.',
      detail: `The old file was kept as ${current.recoveredFrom}.`,
    });
  }
}

function openWindow(current: AppSettings): void {
  const window = createMainWindow({
    preloadPath: preloadPathOf(),
    startUrl: mode.startUrl,
    settings: current,
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
}

function preloadPathOf(): string {
  return join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
}

function fail(error: unknown): void {
  logError('XRM Explorer could not start', error);
  dialog.showErrorBox(
    'XRM Explorer could not start',
    error instanceof Error ? error.message : String(error),
  );
  app.exit(1);
}

function logError(message: string, error?: unknown): void {
  console.error(message, error ?? '');
}
