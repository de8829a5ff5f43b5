import {
  APP_ORIGIN,
  devServerOrigin,
  originUrl,
  type TrustedOrigin,
} from './security/url-policy.ts';

export interface LaunchMode {
  readonly isDev: boolean;
  /** The first URL the window loads. */
  readonly startUrl: string;
  /** The vite dev server, when development mode uses one. */
  readonly devOrigin?: TrustedOrigin;
}

/**
 * Development mode only in an unpackaged app started with `--dev` or
 * VITE_DEV_SERVER_URL; the dev server must be on loopback. A packaged app
 * ignores both, so no flag or variable can point it at other content.
 */
export function launchMode(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): LaunchMode {
  const wantsDev = !isPackaged && (argv.includes('--dev') || Boolean(env['VITE_DEV_SERVER_URL']));
  const devOrigin = wantsDev
    ? devServerOrigin(env['VITE_DEV_SERVER_URL'] ?? 'http://127.0.0.1:5173')
    : undefined;
  if (!devOrigin) return { isDev: wantsDev, startUrl: `${APP_ORIGIN}/` };
  return { isDev: true, startUrl: originUrl(devOrigin), devOrigin };
}
