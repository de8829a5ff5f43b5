// Types only: erased at run time, so this module runs (and is tested) under plain Node.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../../graph-schema/index.ts';
import { MENU_LABELS, type MenuLabels } from './menu-labels.ts';

/** Commands the menu hands to the app; the main process decides what they do. */
export interface MenuActions {
  importCsv(): void;
  exportReport(): void;
  backup(): void;
  about(): void;
  openDocumentation(): void;
}

export interface MenuOptions {
  readonly language: Language;
  /** Reload and developer tools exist only in development. */
  readonly isDev: boolean;
  readonly platform: NodeJS.Platform;
  readonly actions: MenuActions;
}

export const DOCUMENTATION_URL = 'https://github.com/xrm-explorer/xrm-explorer#readme';

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels: MenuLabels = MENU_LABELS[options.language];
  // On macOS the first menu is always the application menu, named after the app.
  const appMenu: MenuItemConstructorOptions[] =
    options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    fileMenu(labels, options),
    editMenu(labels),
    viewMenu(labels, options.isDev),
    helpMenu(labels, options.actions),
  ];
}

function fileMenu(labels: MenuLabels, options: MenuOptions): MenuItemConstructorOptions {
  const { actions } = options;
  return {
    label: labels.file,
    submenu: [
      {
        id: 'import-csv',
        label: labels.importCsv,
        accelerator: 'CmdOrCtrl+I',
        click: () => actions.importCsv(),
      },
      {
        id: 'export-report',
        label: labels.exportReport,
        accelerator: 'CmdOrCtrl+P',
        click: () => actions.exportReport(),
      },
      { id: 'backup', label: labels.backup, click: () => actions.backup() },
      { type: 'separator' },
      // macOS puts Quit in the app menu; elsewhere it belongs under File.
      {
        id: 'quit',
        label: labels.quit,
        role: 'quit',
        accelerator: options.platform === 'win32' ? 'Alt+F4' : 'CmdOrCtrl+Q',
      },
    ],
  };
}

function editMenu(labels: MenuLabels): MenuItemConstructorOptions {
  return {
    label: labels.edit,
    submenu: [
      { label: labels.undo, role: 'undo' },
      { label: labels.redo, role: 'redo' },
      { type: 'separator' },
      { label: labels.cut, role: 'cut' },
      { label: labels.copy, role: 'copy' },
      { label: labels.paste, role: 'paste' },
      { label: labels.selectAll, role: 'selectAll' },
    ],
  };
}

function viewMenu(labels: MenuLabels, isDev: boolean): MenuItemConstructorOptions {
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { id: 'reload', label: labels.reload, role: 'reload' },
        { id: 'toggle-devtools', label: labels.toggleDevTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return {
    label: labels.view,
    submenu: [
      ...devItems,
      { label: labels.resetZoom, role: 'resetZoom' },
      { label: labels.zoomIn, role: 'zoomIn' },
      { label: labels.zoomOut, role: 'zoomOut' },
      { type: 'separator' },
      { label: labels.fullScreen, role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(labels: MenuLabels, actions: MenuActions): MenuItemConstructorOptions {
  return {
    label: labels.help,
    role: 'help',
    submenu: [
      {
        id: 'documentation',
        label: labels.documentation,
        click: () => actions.openDocumentation(),
      },
      { id: 'about', label: labels.about, click: () => actions.about() },
    ],
  };
}
