/**
 * How well a stored password is protected, said plainly. On Linux without a
 * keyring (no GNOME Keyring / KWallet), Electron's safeStorage falls back to
 * `basic_text`: a key hard-coded in Chromium, which only obfuscates. The user
 * must hear that instead of believing the password is safe.
 */
export type KeyringProtection = 'keyring' | 'obfuscated-only' | 'unavailable';

export interface KeyringStatus {
  readonly protection: KeyringProtection;
  /** True when the UI has to show `message` next to the password field. */
  readonly warn: boolean;
  readonly message: string;
}

export interface KeyringFacts {
  readonly platform: NodeJS.Platform;
  readonly encryptionAvailable: boolean;
  /** safeStorage.getSelectedStorageBackend(); only meaningful on Linux. */
  readonly linuxBackend?: string;
}

export const KEYRING_MESSAGES = {
  keyring: 'Passwords are encrypted with your system keyring.',
  'obfuscated-only':
    'Your system keyring is not available; passwords would only be obfuscated, not encrypted. Anyone who can read your user folder could recover them.',
  unavailable:
    'Your system keyring is not available, so XRM Explorer cannot store passwords. You will be asked for the password when connecting.',
} as const satisfies Record<KeyringProtection, string>;

export function assessKeyring(facts: KeyringFacts): KeyringStatus {
  const protection = protectionOf(facts);
  return { protection, warn: protection !== 'keyring', message: KEYRING_MESSAGES[protection] };
}

function protectionOf(facts: KeyringFacts): KeyringProtection {
  if (!facts.encryptionAvailable) return 'unavailable';
  if (facts.platform !== 'linux') return 'keyring';
  // 'unknown' means "asked before app ready" — treat it as not protected rather than guess.
  return facts.linuxBackend === 'basic_text' || facts.linuxBackend === 'unknown'
    ? 'obfuscated-only'
    : 'keyring';
}
