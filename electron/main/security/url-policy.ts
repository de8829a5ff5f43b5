/**
 * Decisions about URLs, as pure predicates, so they are unit-tested under Node:
 * which frames may talk to the backend, where the window may navigate, which
 * links may leave the app for the user's browser, and which requests may run.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'xrm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** A place the renderer is served from: app://xrm, or the vite dev server in development. */
export interface TrustedOrigin {
  readonly protocol: string;
  readonly host: string;
}

export const APP_TRUSTED_ORIGIN: TrustedOrigin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True only when `url` belongs to one of `trusted`. Compares protocol and host
 * (host includes the port) rather than `URL.origin`, because WHATWG gives custom
 * schemes an opaque origin ("null"), which would make every app:// URL equal to
 * every other opaque origin.
 */
export function isTrustedUrl(url: string | undefined, trusted: readonly TrustedOrigin[]): boolean {
  if (!url) return false;
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  return trusted.some((t) => t.protocol === parsed.protocol && t.host === parsed.host);
}

/**
 * Links that may be handed to the operating system: https only, with a real
 * host and no embedded credentials. Everything else (http, file, javascript,
 * custom handlers like smb: or ms-msdt:) is refused, since openExternal would
 * launch whatever program the OS associates with the scheme.
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname.length > 0 &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The vite dev server's origin, if development mode asks for one and it is on
 * loopback over http. A dev URL pointing anywhere else is ignored, so an
 * environment variable cannot make the app load remote content.
 */
export function devServerOrigin(devServerUrl: string | undefined): TrustedOrigin | undefined {
  if (!devServerUrl) return undefined;
  const parsed = parse(devServerUrl);
  if (!parsed || parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    return undefined;
  }
  return { protocol: parsed.protocol, host: parsed.host };
}

export function originUrl(origin: TrustedOrigin): string {
  return `${origin.protocol}//${origin.host}/`;
}

/**
 * Whether a network request from a renderer may go out. Our own scheme, inline
 * data and devtools are fine; http(s)/ws(s) only to the dev server. No remote content.
 */
export function isAllowedRequest(url: string, trusted: readonly TrustedOrigin[]): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (['data:', 'blob:', 'devtools:'].includes(parsed.protocol)) return true;
  // Vite's hot reload talks websocket to the same host as the dev server page.
  const protocol = { 'ws:': 'http:', 'wss:': 'https:' }[parsed.protocol] ?? parsed.protocol;
  return trusted.some((t) => t.protocol === protocol && t.host === parsed.host);
}

/** The parts of Electron's WebFrameMain the sender check looks at. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly detached?: boolean;
}

/**
 * Whether an IPC message may reach the backend: it must come from a live,
 * top-level frame showing our renderer. Sub-frames (an iframe smuggled in by
 * some content) and frames that navigated elsewhere are refused, as is a
 * message whose frame is already gone (`senderFrame` null).
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  trusted: readonly TrustedOrigin[],
): boolean {
  if (!frame || frame.detached === true || frame.parent !== null) return false;
  return isTrustedUrl(frame.url, trusted);
}
