import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_LABELS } from '../../../electron/main/menu/menu-labels.ts';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu/menu-template.ts';

function recorder(): { actions: MenuActions; calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) => () => void calls.push(name);
  return {
    calls,
    actions: {
      importCsv: record('importCsv'),
      exportReport: record('exportReport'),
      backup: record('backup'),
      about: record('about'),
      openDocumentation: record('openDocumentation'),
    },
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [menu, ...(Array.isArray(menu.submenu) ? menu.submenu : [])]);
}

function find(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const item = items(template).find((entry) => entry.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

describe('the application menu', () => {
  it('has File, Edit, View, Help in English', () => {
    const template = buildMenuTemplate({
      language: 'en',
      isDev: false,
      platform: 'linux',
      actions: recorder().actions,
    });
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Import CSV…',
      'Export report…',
      'Backup…',
      'Quit',
    ]);
  });

  it('speaks German throughout in German', () => {
    const template = buildMenuTemplate({
      language: 'de',
      isDev: true,
      platform: 'linux',
      actions: recorder().actions,
    });
    expect(template.map((menu) => menu.label)).toEqual([
      '&Datei',
      '&Bearbeiten',
      '&Ansicht',
      '&Hilfe',
    ]);
    expect(find(template, 'import-csv').label).toBe('CSV importieren…');
    expect(find(template, 'about').label).toBe('Über XRM Explorer');
    const german = items(template).flatMap((i) => (i.label ? [i.label] : []));
    for (const [key, english] of Object.entries(MENU_LABELS.en)) {
      expect(MENU_LABELS.de[key as keyof typeof MENU_LABELS.de], key).not.toBe(english);
      expect(german, key).not.toContain(english);
    }
  });

  it('has the same items in both languages', () => {
    const en = Object.keys(MENU_LABELS.en).sort();
    expect(Object.keys(MENU_LABELS.de).sort()).toEqual(en);
    for (const language of ['de', 'en'] as const) {
      for (const label of Object.values(MENU_LABELS[language])) expect(label.trim()).not.toBe('');
    }
  });

  it('offers reload and developer tools only in development', () => {
    const { actions } = recorder();
    const dev = items(
      buildMenuTemplate({ language: 'en', isDev: true, platform: 'linux', actions }),
    );
    const prod = items(
      buildMenuTemplate({ language: 'en', isDev: false, platform: 'linux', actions }),
    );
    expect(dev.map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(prod.map((i) => i.role)).not.toContain('reload');
    expect(prod.map((i) => i.role)).not.toContain('toggleDevTools');
    expect(prod.map((i) => i.role)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('hands File and Help commands to the app', () => {
    const { actions, calls } = recorder();
    const template = buildMenuTemplate({
      language: 'de',
      isDev: false,
      platform: 'linux',
      actions,
    });
    for (const id of ['import-csv', 'export-report', 'backup', 'documentation', 'about']) {
      const click = find(template, id).click as () => void;
      click();
    }
    expect(calls).toEqual(['importCsv', 'exportReport', 'backup', 'openDocumentation', 'about']);
  });

  it('starts with the application menu on macOS', () => {
    const template = buildMenuTemplate({
      language: 'en',
      isDev: false,
      platform: 'darwin',
      actions: recorder().actions,
    });
    expect(template[0]?.role).toBe('appMenu');
    expect(template).toHaveLength(5);
  });
});
