import type { Options } from 'electron-store';
import { repairSettings } from './settings-repair.ts';
import { SETTINGS_SCHEMA, defaultSettings, type Settings } from './settings-schema.ts';

/**
 * The electron-store options, built without Electron so tests can open the very
 * same configuration with `conf` (electron-store's engine) on a temporary folder.
 *
 * Migrations are keyed by app version and run once per upgrade. 0.1.0 is the
 * first release: its migration brings files written by pre-release builds into
 * shape (full locales, oversized lists, passwords inside profiles).
 */
export function settingsStoreOptions(
  locale: string,
  defaultDatabasePath: string,
  appVersion: string,
): Options<Settings> {
  const defaults = defaultSettings(locale, defaultDatabasePath);
  return {
    schema: SETTINGS_SCHEMA,
    defaults,
    projectVersion: appVersion,
    // A broken file is moved aside by the caller and reported, never silently wiped.
    clearInvalidConfig: false,
    migrations: {
      '0.1.0': (store) => {
        store.store = repairSettings(store.store, defaults);
      },
    },
  };
}
