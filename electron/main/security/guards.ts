import { app, shell, type Session, type WebContents } from 'electron';
import {
  isAllowedRequest,
  isSafeExternalUrl,
  isTrustedUrl,
  type TrustedOrigin,
} from './url-policy.ts';

/**
 * Session-wide refusals: no permission (camera, notifications, geolocation,
 * USB/HID/serial…) is ever granted, and no request leaves for the network
 * except to the dev server in development. The renderer shows local data only.
 */
export function guardSession(session: Session, trusted: readonly TrustedOrigin[]): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, trusted) });
  });
}

/**
 * Applies to every webContents the app ever creates (windows, devtools, anything
 * a future feature adds): no <webview>, no new windows, no navigation away from
 * our renderer. https links go to the user's browser instead.
 */
export function guardAllWebContents(trusted: readonly TrustedOrigin[]): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trusted));
}

function guardWebContents(contents: WebContents, trusted: readonly TrustedOrigin[]): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isTrustedUrl(event.url, trusted)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedUrl(event.url, trusted)) event.preventDefault();
  });
}

/**
 * Electron reports no user-gesture bit for navigations; what makes this a
 * "clicked link" is that only our own bundled scripts run (CSP script-src 'self').
 * Whatever the source, only https reaches the OS.
 */
function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}
