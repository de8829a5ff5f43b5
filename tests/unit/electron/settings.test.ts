import Conf from 'conf';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsStoreOptions } from '../../../electron/main/settings/settings-options.ts';
import { repairSettings } from '../../../electron/main/settings/settings-repair.ts';
import {
  defaultSettings,
  languageFromLocale,
  withRecentFile,
  type Settings,
} from '../../../electron/main/settings/settings-schema.ts';

// electron-store is a thin Electron wrapper around `conf`; the same options, opened
// with `conf` on a temporary folder, exercise the real schema validation and migrations.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const DB = '/home/anna/.config/XRM Explorer/xrm.db';

function open(locale = 'de-DE', version = '0.1.0'): Conf<Settings> {
  return new Conf<Settings>({
    ...settingsStoreOptions(locale, DB, version),
    cwd: dir,
    projectName: 'xrm-test',
  });
}

function writeConfig(value: unknown): void {
  writeFileSync(join(dir, 'config.json'), JSON.stringify(value));
}

describe('settings defaults', () => {
  it('follow the OS language for German and English, else English', () => {
    expect(languageFromLocale('de')).toBe('de');
    expect(languageFromLocale('de-AT')).toBe('de');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale('fr-FR')).toBe('en');
    expect(open('de-DE').store.language).toBe('de');
  });

  it('start on the embedded store with no profiles and the system theme', () => {
    const store = open('en-US');
    expect(store.store).toEqual(defaultSettings('en-US', DB));
    expect(store.get('activeStore')).toEqual({ kind: 'embedded', path: DB });
  });
});

describe('the settings schema', () => {
  it('refuses a password inside a Neo4j profile', () => {
    const store = open();
    const profile = {
      id: 'team',
      name: 'Team',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      database: 'neo4j',
    };
    store.set('neo4jProfiles', [profile]);
    expect(store.get('neo4jProfiles')).toEqual([profile]);
    const withPassword = [
      { ...profile, password: 'hunter2' },
    ] as unknown as Settings['neo4jProfiles'];
    expect(() => store.set('neo4jProfiles', withPassword)).toThrow(/password|additional/i);
    expect(readFileSync(store.path, 'utf8')).not.toContain('hunter2');
  });

  it('refuses unknown languages, themes, bad URIs and more than ten recent files', () => {
    const store = open();
    expect(() => store.set('language', 'fr' as never)).toThrow();
    expect(() => store.set('theme', 'neon' as never)).toThrow();
    const bad = { id: 'x', name: 'X', uri: 'http://db:7474', user: 'neo4j', database: 'neo4j' };
    expect(() => store.set('neo4jProfiles', [bad])).toThrow();
    const eleven = Array.from({ length: 11 }, (_, i) => `/data/file-${i}.csv`);
    expect(() => store.set('recentFiles', eleven)).toThrow();
  });

  it('keeps recent files most recent first, unique, at most ten', () => {
    let files: string[] = [];
    for (let i = 0; i < 12; i += 1) files = withRecentFile(files, `/data/${i}.csv`);
    files = withRecentFile(files, '/data/5.csv');
    expect(files).toHaveLength(10);
    expect(files[0]).toBe('/data/5.csv');
    expect(files.filter((f) => f === '/data/5.csv')).toHaveLength(1);
    expect(files).not.toContain('/data/0.csv');
  });
});

describe('the 0.1.0 migration of pre-release settings files', () => {
  const legacy = {
    language: 'de-DE',
    theme: 'neon',
    recentFiles: ['/a.csv', '/a.csv', ...Array.from({ length: 15 }, (_, i) => `/f${i}.csv`)],
    neo4jProfiles: [
      {
        id: 'team',
        name: 'Team',
        uri: 'neo4j://db.example.com:7687',
        user: 'neo4j',
        password: 'hunter2',
      },
      { id: 'broken', name: 'Broken', uri: 'ftp://nope', user: 'x', database: 'neo4j' },
    ],
    activeStore: { kind: 'neo4j', profileId: 'team' },
  };

  it('repairs the file so the app starts, and drops the stored password', () => {
    writeConfig(legacy);
    const store = open('en-US');
    expect(store.get('language')).toBe('de');
    expect(store.get('theme')).toBe('system');
    expect(store.get('recentFiles')).toHaveLength(10);
    expect(store.get('recentFiles')[0]).toBe('/a.csv');
    expect(store.get('neo4jProfiles')).toEqual([
      {
        id: 'team',
        name: 'Team',
        uri: 'neo4j://db.example.com:7687',
        user: 'neo4j',
        database: 'neo4j',
      },
    ]);
    expect(store.get('activeStore')).toEqual({ kind: 'neo4j', profileId: 'team' });
    expect(readFileSync(store.path, 'utf8')).not.toContain('hunter2');
  });

  it('falls back to the embedded store when the active profile is gone', () => {
    const repaired = repairSettings(
      { activeStore: { kind: 'neo4j', profileId: 'deleted' } },
      defaultSettings('en', DB),
    );
    expect(repaired.activeStore).toEqual({ kind: 'embedded', path: DB });
  });

  it('keeps valid settings exactly as they are', () => {
    const valid: Settings = {
      ...defaultSettings('de', DB),
      theme: 'dark',
      recentFiles: ['/x.csv'],
      windowState: { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true },
    };
    expect(repairSettings(valid, defaultSettings('en', DB))).toEqual(valid);
  });

  it('does not run again once the file is at 0.1.0', () => {
    writeConfig(legacy);
    open('en-US').set('theme', 'dark');
    // A fresh open of the same version must not reset what the user chose since.
    expect(open('en-US').get('theme')).toBe('dark');
  });

  it('refuses a file that is not JSON instead of silently wiping it', () => {
    writeFileSync(join(dir, 'config.json'), '{"language": "de",');
    expect(() => open()).toThrow();
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe('{"language": "de",');
  });
});
