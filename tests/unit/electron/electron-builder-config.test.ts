import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder's own loader and schema validator, so this checks what packaging will check.
const { load } = require('js-yaml') as { load(text: string): Record<string, unknown> };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, log: unknown): Promise<void>;
};

const config = load(
  readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8'),
);

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(
      validateConfiguration(config, { isDebugEnabled: false, add() {} }),
    ).resolves.toBeUndefined();
  });

  it('hardens the Electron binary with fuses', () => {
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config['asar']).toBe(true);
  });

  it('builds AppImage and deb for Linux, nsis for Windows, dmg for macOS', () => {
    expect(config['productName']).toBe('XRM Explorer');
    expect(config['linux']).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config['win']).toMatchObject({ target: ['nsis'] });
    expect(config['mac']).toMatchObject({ target: ['dmg'] });
    expect(config['files']).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
  });
});
