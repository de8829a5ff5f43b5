import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { XrmError } from '../../../shared/errors.ts';
import { assessKeyring, type KeyringStatus } from './keyring-status.ts';
import { createSecretVault, type SecretVault } from './secret-vault.ts';

/**
 * Neo4j passwords through Electron's safeStorage (Keychain, DPAPI, libsecret /
 * KWallet). Must be used after `app` is ready: before that, Linux reports no backend.
 */
export interface Secrets {
  readonly status: () => Promise<KeyringStatus>;
  /** Stores the password and says how well it is protected, so the UI can warn. */
  readonly setPassword: (profileId: string, password: string) => Promise<KeyringStatus>;
  readonly getPassword: (profileId: string) => Promise<string | undefined>;
  readonly deletePassword: (profileId: string) => Promise<void>;
}

export function createSecrets(): Secrets {
  const vault: SecretVault = createSecretVault(join(app.getPath('userData'), 'secrets.json'), {
    encrypt: (plainText) => safeStorage.encryptStringAsync(plainText),
    decrypt: async (encrypted) => (await safeStorage.decryptStringAsync(encrypted)).result,
  });

  const status = async (): Promise<KeyringStatus> =>
    assessKeyring({
      platform: process.platform,
      encryptionAvailable: await safeStorage.isAsyncEncryptionAvailable(),
      linuxBackend:
        process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
    });

  return {
    status,
    async setPassword(profileId, password) {
      const current = await status();
      if (current.protection === 'unavailable') throw new XrmError('unsupported', current.message);
      await vault.set(profileId, password);
      return current;
    },
    async getPassword(profileId) {
      try {
        return await vault.get(profileId);
      } catch (error) {
        // A keyring that changed (new login keyring, other machine) cannot decrypt old entries.
        throw new XrmError(
          'store-unavailable',
          'The saved password for this connection cannot be read any more; please enter it again.',
          { cause: error },
        );
      }
    },
    deletePassword: (profileId) => vault.delete(profileId),
  };
}
