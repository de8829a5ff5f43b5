import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Passwords of Neo4j profiles, encrypted by a cipher (safeStorage in the app)
 * and kept as base64 in a file of their own in userData, separate from the
 * settings so a settings file shared for support never carries a secret.
 * The plain text exists only in memory, is never logged and never part of an
 * error message.
 */
export interface SecretCipher {
  encrypt(plainText: string): Promise<Buffer>;
  decrypt(encrypted: Buffer): Promise<string>;
}

export interface SecretVault {
  get(profileId: string): Promise<string | undefined>;
  set(profileId: string, password: string): Promise<void>;
  delete(profileId: string): Promise<void>;
  has(profileId: string): Promise<boolean>;
}

type VaultFile = Record<string, string>;

export function createSecretVault(filePath: string, cipher: SecretCipher): SecretVault {
  const read = async (): Promise<VaultFile> => parseVault(await readOrEmpty(filePath));
  // Writes go to a temporary file that is renamed over the vault: a crash never leaves half a file.
  const write = async (vault: VaultFile): Promise<void> => {
    const temporary = `${filePath}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, JSON.stringify(vault, null, 2), { mode: 0o600 });
    await rename(temporary, filePath);
  };
  return {
    async get(profileId) {
      const encoded = (await read())[profileId];
      if (encoded === undefined) return undefined;
      return cipher.decrypt(Buffer.from(encoded, 'base64'));
    },
    async set(profileId, password) {
      const vault = await read();
      vault[profileId] = (await cipher.encrypt(password)).toString('base64');
      await write(vault);
    },
    async delete(profileId) {
      const vault = await read();
      if (!Object.hasOwn(vault, profileId)) return;
      delete vault[profileId];
      await (Object.keys(vault).length === 0 ? rm(filePath, { force: true }) : write(vault));
    },
    async has(profileId) {
      return Object.hasOwn(await read(), profileId);
    },
  };
}

async function readOrEmpty(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '{}';
    throw error;
  }
}

/** Only string entries that are valid base64 survive; anything else in the file is ignored. */
export function parseVault(text: string): VaultFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const vault: VaultFile = Object.create(null) as VaultFile;
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(value)) vault[key] = value;
  }
  return vault;
}
