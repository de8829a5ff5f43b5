import { isAbsolute, join, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '../security/url-policy.ts';
import { mimeTypeFor } from '../../../shared/http/mime-types.ts';

export type AppPathResolution =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

const INDEX = 'index.html';

/**
 * Maps an `app://xrm/...` request to a file inside `rootDir`, or refuses it.
 *
 * The URL parser already folds `..` and `%2e%2e` segments, but percent-encoded
 * separators (`..%2f`, `%5c`) only turn into path syntax after decoding, so every
 * segment is decoded on its own and refused if it could mean anything but a
 * plain file name. A final containment check guards against whatever this
 * reasoning missed.
 */
export function resolveAppPath(requestUrl: string, rootDir: string): AppPathResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused(400, 'not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return refused(403, `not served from ${APP_SCHEME}://${APP_HOST}`);
  }
  const segments = decodeSegments(url.pathname);
  if (!segments) return refused(403, 'path escapes the renderer folder');

  const relativePath = segments.length === 0 ? INDEX : join(...segments);
  const fullPath = join(rootDir, relativePath);
  const fromRoot = relative(rootDir, fullPath);
  if (
    fromRoot === '' ||
    fromRoot.startsWith(`..${sep}`) ||
    fromRoot === '..' ||
    isAbsolute(fromRoot)
  ) {
    return refused(403, 'path escapes the renderer folder');
  }
  return { kind: 'file', path: fullPath, mimeType: mimeTypeFor(fullPath) };
}

/**
 * Client-side routes ("/account/42") have no file; the single-page app answers
 * them from index.html. Only for paths without an extension, so a missing
 * script stays a visible 404 rather than HTML parsed as JavaScript.
 */
export function isClientRoute(requestUrl: string): boolean {
  try {
    const last = new URL(requestUrl).pathname.split('/').pop() ?? '';
    return !last.includes('.');
  } catch {
    return false;
  }
}

function decodeSegments(pathname: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined; // malformed escapes like %E0%A4%A
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

function refused(status: 400 | 403 | 404, reason: string): AppPathResolution {
  return { kind: 'refused', status, reason };
}
