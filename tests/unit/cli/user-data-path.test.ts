import { describe, expect, it } from 'vitest';
import { defaultDatabasePath } from '../../../electron/cli/user-data-path.ts';

describe('defaultDatabasePath', () => {
  it('follows XDG_CONFIG_HOME on Linux, like Electron’s userData', () => {
    const env = { XDG_CONFIG_HOME: '/home/ada/.cfg' };
    expect(defaultDatabasePath({ platform: 'linux', env, home: '/home/ada' })).toBe(
      '/home/ada/.cfg/XRM Explorer/xrm.db',
    );
    expect(defaultDatabasePath({ platform: 'linux', env: {}, home: '/home/ada' })).toBe(
      '/home/ada/.config/XRM Explorer/xrm.db',
    );
  });

  it('uses %APPDATA% on Windows and Application Support on macOS', () => {
    const env = { APPDATA: 'C:\\Users\\Jörg\\AppData\\Roaming' };
    expect(defaultDatabasePath({ platform: 'win32', env, home: 'C:\\Users\\Jörg' })).toBe(
      'C:\\Users\\Jörg\\AppData\\Roaming\\XRM Explorer\\xrm.db',
    );
    expect(defaultDatabasePath({ platform: 'darwin', env: {}, home: '/Users/ada' })).toBe(
      '/Users/ada/Library/Application Support/XRM Explorer/xrm.db',
    );
  });
});
