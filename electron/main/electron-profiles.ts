import { safeStorage } from 'electron';
import type { StoreChoice } from '../../shared/domain/store-profile.schema.ts';
import type { StoreOpener } from '../backend/context.ts';
import type { StoreProfilesPort } from '../backend/ipc/handler-types.ts';
import { openStoreFor } from './open-active-store.ts';
import type { Secrets } from './secrets/secrets.ts';
import type { ActiveStore } from './settings/settings-schema.ts';
import type { AppSettings } from './settings/settings-store.ts';

export interface ElectronProfilesOptions {
  readonly settings: AppSettings;
  readonly secrets: Secrets;
  /** The embedded file to go back to from Neo4j. */
  readonly embeddedPath: () => string;
  /** The context's switch (opens first, keeps the old store on failure). */
  readonly switchStore: (open: StoreOpener) => Promise<unknown>;
}

/** Profiles in electron-store, passwords in the safeStorage vault, the choice remembered. */
export function createElectronProfiles(options: ElectronProfilesOptions): StoreProfilesPort {
  const { settings, secrets } = options;
  const activeStoreOf = (choice: StoreChoice): ActiveStore =>
    choice.kind === 'embedded' ? { kind: 'embedded', path: options.embeddedPath() } : choice;
  return {
    listProfiles: async () => settings.neo4jProfiles(),
    saveProfile: async (profile) => settings.saveNeo4jProfile(profile),
    async deleteProfile(id) {
      const existed = settings.neo4jProfiles().some((p) => p.id === id);
      settings.deleteNeo4jProfile(id);
      await secrets.deletePassword(id);
      return existed;
    },
    getPassword: (id) => secrets.getPassword(id),
    setPassword: async (id, password) => void (await secrets.setPassword(id, password)),
    async keyringStatus() {
      const status = await secrets.status();
      return {
        secure: status.protection === 'keyring',
        backend: keyringBackend(),
        ...(status.warn && { message: status.message }),
      };
    },
    openStore: (choice) => openStoreFor(activeStoreOf(choice), settings, secrets),
    async switchStore(choice) {
      const next = activeStoreOf(choice);
      await options.switchStore(() => openStoreFor(next, settings, secrets));
      // Remembered only once it opened: a failed switch keeps the old store for the next start too.
      settings.setActiveStore(next);
    },
  };
}

function keyringBackend(): string {
  if (process.platform === 'darwin') return 'keychain';
  if (process.platform === 'win32') return 'dpapi';
  return safeStorage.getSelectedStorageBackend();
}
