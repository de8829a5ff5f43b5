import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import type { Language } from '../../../graph-schema/index.ts';
import type { LanguageSettings } from '../../backend/ipc/handler-types.ts';
import type { WindowState } from '../window-bounds.ts';
import { settingsStoreOptions } from './settings-options.ts';
import {
  withRecentFile,
  type ActiveStore,
  type Neo4jProfile,
  type Settings,
} from './settings-schema.ts';

export interface AppSettings extends LanguageSettings {
  readonly path: string;
  /** Set when the settings file could not be read and was moved aside (the user is told). */
  readonly recoveredFrom?: string;
  activeStore(): ActiveStore;
  setActiveStore(store: ActiveStore): void;
  neo4jProfiles(): readonly Neo4jProfile[];
  saveNeo4jProfile(profile: Neo4jProfile): void;
  deleteNeo4jProfile(id: string): void;
  addRecentFile(path: string): void;
  windowState(): WindowState | undefined;
  setWindowState(state: WindowState): void;
  onLanguageChange(listener: (language: Language) => void): () => void;
}

export function openSettings(): AppSettings {
  const options = settingsStoreOptions(
    app.getLocale(),
    join(app.getPath('userData'), 'xrm.db'),
    app.getVersion(),
  );
  let recoveredFrom: string | undefined;
  let store: Store<Settings>;
  try {
    store = new Store<Settings>(options);
  } catch {
    // Unreadable even after the repairing migration (e.g. truncated JSON): keep the
    // file for the user or support, and start from defaults rather than not at all.
    const file = join(app.getPath('userData'), 'config.json');
    recoveredFrom = `${file}.broken-${Date.now()}`;
    if (existsSync(file)) renameSync(file, recoveredFrom);
    store = new Store<Settings>(options);
  }
  return wrap(store, recoveredFrom);
}

function wrap(store: Store<Settings>, recoveredFrom: string | undefined): AppSettings {
  return {
    path: store.path,
    ...(recoveredFrom ? { recoveredFrom } : {}),
    getLanguage: () => store.get('language'),
    setLanguage: (language) => store.set('language', language),
    activeStore: () => store.get('activeStore'),
    setActiveStore: (active) => store.set('activeStore', active),
    neo4jProfiles: () => store.get('neo4jProfiles'),
    saveNeo4jProfile(profile) {
      const others = store.get('neo4jProfiles').filter((p) => p.id !== profile.id);
      store.set('neo4jProfiles', [...others, profile]);
    },
    deleteNeo4jProfile(id) {
      store.set(
        'neo4jProfiles',
        store.get('neo4jProfiles').filter((p) => p.id !== id),
      );
      const active = store.get('activeStore');
      if (active.kind === 'neo4j' && active.profileId === id) store.reset('activeStore');
    },
    addRecentFile: (path) =>
      store.set('recentFiles', withRecentFile(store.get('recentFiles'), path)),
    windowState: () => store.get('windowState'),
    setWindowState: (state) => store.set('windowState', state),
    onLanguageChange(listener) {
      return store.onDidChange('language', (language) => {
        if (language) listener(language);
      });
    },
  };
}
