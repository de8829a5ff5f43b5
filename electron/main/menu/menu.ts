import { Menu, app, shell } from 'electron';
import type { Language } from '../../../graph-schema/index.ts';
import { isSafeExternalUrl } from '../security/url-policy.ts';
import { DOCUMENTATION_URL, buildMenuTemplate } from './menu-template.ts';

import type { EventPayload } from '../../../shared/ipc/contract.ts';

export type MenuCommand = EventPayload<'app:menu-command'>['command'];

export interface AppMenuOptions {
  readonly isDev: boolean;
  /** File commands are carried out by the renderer (it owns the dialogs' context). */
  readonly onCommand: (command: MenuCommand) => void;
}

/** Installs the application menu in `language`; called again when the language changes. */
export function installAppMenu(language: Language, options: AppMenuOptions): void {
  const template = buildMenuTemplate({
    language,
    isDev: options.isDev,
    platform: process.platform,
    actions: {
      importCsv: () => options.onCommand('import-csv'),
      exportReport: () => options.onCommand('export-report'),
      backup: () => options.onCommand('backup'),
      about: () => app.showAboutPanel(),
      openDocumentation: () => {
        if (isSafeExternalUrl(DOCUMENTATION_URL)) void shell.openExternal(DOCUMENTATION_URL);
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
