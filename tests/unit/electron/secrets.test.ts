import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessKeyring, KEYRING_MESSAGES } from '../../../electron/main/secrets/keyring-status.ts';
import {
  createSecretVault,
  type SecretCipher,
} from '../../../electron/main/secrets/secret-vault.ts';

/** A real AES-GCM cipher standing in for safeStorage (which needs Electron and a keyring). */
function aesCipher(key = randomBytes(32)): SecretCipher {
  return {
    async encrypt(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decrypt(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xrm-secrets-'));
  file = join(dir, 'secrets.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the password vault', () => {
  it('round-trips passwords per profile and never writes them in plain text', async () => {
    const vault = createSecretVault(file, aesCipher());
    await vault.set('team', 'Pässwört-123!');
    await vault.set('aura', 's3cret');
    expect(await vault.get('team')).toBe('Pässwört-123!');
    expect(await vault.get('aura')).toBe('s3cret');
    const onDisk = readFileSync(file, 'utf8');
    expect(onDisk).not.toContain('Pässwört');
    expect(onDisk).not.toContain('s3cret');
    expect(Object.keys(JSON.parse(onDisk) as object).sort()).toEqual(['aura', 'team']);
  });

  it('keeps the file readable by its owner only', async () => {
    const vault = createSecretVault(file, aesCipher());
    await vault.set('team', 'x');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('forgets a deleted password and removes the file with the last one', async () => {
    const vault = createSecretVault(file, aesCipher());
    await vault.set('team', 'a');
    await vault.set('aura', 'b');
    await vault.delete('team');
    expect(await vault.has('team')).toBe(false);
    expect(await vault.get('aura')).toBe('b');
    await vault.delete('aura');
    expect(existsSync(file)).toBe(false);
    expect(await vault.get('aura')).toBeUndefined();
  });

  it('fails to read a password encrypted under another key instead of returning garbage', async () => {
    await createSecretVault(file, aesCipher()).set('team', 'secret');
    await expect(createSecretVault(file, aesCipher()).get('team')).rejects.toThrow();
  });

  it('ignores a damaged file rather than crashing', async () => {
    writeFileSync(file, '{"team": 42, "ok": "not base64!", ');
    const vault = createSecretVault(file, aesCipher());
    expect(await vault.get('team')).toBeUndefined();
    await vault.set('team', 'fresh');
    expect(await vault.get('team')).toBe('fresh');
  });
});

describe('how the keyring protects passwords', () => {
  it('warns on Linux with the basic_text backend: obfuscated, not encrypted', () => {
    const status = assessKeyring({
      platform: 'linux',
      encryptionAvailable: true,
      linuxBackend: 'basic_text',
    });
    expect(status).toEqual({
      protection: 'obfuscated-only',
      warn: true,
      message: KEYRING_MESSAGES['obfuscated-only'],
    });
    expect(status.message).toMatch(/keyring is not available; passwords would only be obfuscated/);
  });

  it('trusts libsecret, KWallet, Keychain and DPAPI', () => {
    for (const linuxBackend of ['gnome_libsecret', 'kwallet5', 'kwallet6']) {
      expect(
        assessKeyring({ platform: 'linux', encryptionAvailable: true, linuxBackend }).warn,
      ).toBe(false);
    }
    expect(assessKeyring({ platform: 'darwin', encryptionAvailable: true }).protection).toBe(
      'keyring',
    );
    expect(assessKeyring({ platform: 'win32', encryptionAvailable: true }).protection).toBe(
      'keyring',
    );
  });

  it('says passwords cannot be stored when encryption is unavailable', () => {
    const status = assessKeyring({
      platform: 'linux',
      encryptionAvailable: false,
      linuxBackend: 'gnome_libsecret',
    });
    expect(status.protection).toBe('unavailable');
    expect(status.warn).toBe(true);
  });

  it('does not claim protection before the backend is known', () => {
    expect(
      assessKeyring({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'unknown' }).warn,
    ).toBe(true);
  });
});
