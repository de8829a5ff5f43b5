import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { mimeTypeFor } from '../../shared/http/mime-types.ts';
import { sendError } from './http-responses.ts';

/**
 * Serves the built renderer. The request path is decoded and checked segment by
 * segment *before* it is resolved, then the real path (symlinks followed) must
 * still lie inside the renderer folder: `..`, encoded `%2e%2e`, backslashes and
 * NUL bytes never reach the file system.
 */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'unsupported', 'Only GET and HEAD are allowed for files.', {
      Allow: 'GET, HEAD',
    });
    return;
  }
  const segments = safeSegments(request.url ?? '/');
  if (!segments) {
    sendError(response, 403, 'unauthorized', 'That path is not allowed.');
    return;
  }
  const file = await findFile(rendererDir, segments);
  if (!file) {
    sendError(response, 404, 'not-found', `No file at ${(request.url ?? '/').slice(0, 200)}.`);
    return;
  }
  response.writeHead(200, {
    'Content-Type': mimeTypeFor(file.path),
    'Content-Length': file.size,
    // index.html names hashed assets; it must not be cached, the assets may.
    'Cache-Control': file.path.endsWith('.html') ? 'no-store' : 'public, max-age=3600',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file.path)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The decoded path segments, or undefined if any of them could escape the folder. */
export function safeSegments(url: string): string[] | undefined {
  const pathname = url.split(/[?#]/, 1)[0] ?? '/';
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.') continue;
    if (segment === '..' || /[\\/\0:]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

async function findFile(
  rendererDir: string,
  segments: readonly string[],
): Promise<{ path: string; size: number } | undefined> {
  const root = await realpath(rendererDir).catch(() => undefined);
  if (!root) return undefined;
  const wanted = segments.length === 0 ? ['index.html'] : segments;
  const found = await regularFile(root, resolve(root, ...wanted));
  if (found) return found;
  // A client-side route (no file extension): hand out the app shell.
  const last = wanted[wanted.length - 1] ?? '';
  if (extname(last) === '') return regularFile(root, resolve(root, 'index.html'));
  return undefined;
}

async function regularFile(
  root: string,
  candidate: string,
): Promise<{ path: string; size: number } | undefined> {
  const real = await realpath(candidate).catch(() => undefined);
  if (!real || !isInside(root, real)) return undefined;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? { path: real, size: info.size } : undefined;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
