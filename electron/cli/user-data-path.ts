import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The app's folder name under the OS's app-data folder (Electron's `userData`). */
export const APP_DATA_FOLDER = 'XRM Explorer';
/** The embedded store's file name; the desktop app keeps it under `app.getPath('userData')`. */
export const DATABASE_FILE_NAME = 'xrm.db';

export interface PlatformInfo {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
}

/** Where Electron puts `userData` for an app named "XRM Explorer", without Electron. */
export function userDataFolder(
  info: PlatformInfo = { platform: process.platform, env: process.env, home: homedir() },
): string {
  const { platform, env, home } = info;
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_DATA_FOLDER);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', APP_DATA_FOLDER);
  }
  // XDG: an empty or relative XDG_CONFIG_HOME is to be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  return posix.join(
    xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.config'),
    APP_DATA_FOLDER,
  );
}

export function defaultDatabasePath(info?: PlatformInfo): string {
  const folder = userDataFolder(info);
  return (info?.platform ?? process.platform) === 'win32'
    ? win32.join(folder, DATABASE_FILE_NAME)
    : posix.join(folder, DATABASE_FILE_NAME);
}
