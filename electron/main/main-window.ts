import { BrowserWindow, screen } from 'electron';
import type { AppSettings } from './settings/settings-store.ts';
import { DEFAULT_SIZE, MIN_SIZE, restorableBounds } from './window-bounds.ts';

export interface MainWindowOptions {
  readonly preloadPath: string;
  /** app://xrm/ in production, the loopback dev server in development. */
  readonly startUrl: string;
  readonly settings: AppSettings;
}

/**
 * The one application window. Every web preference that matters is spelled out
 * even where it is Electron's default, so a future default change or a
 * careless edit shows up in review.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = options.settings.windowState();
  const bounds = restorableBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'XRM Explorer',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  if (bounds && saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    options.settings.setWindowState({
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    });
  });
  void window.loadURL(options.startUrl);
  return window;
}

/** Brings the window to the front, e.g. when a second instance was started. */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
