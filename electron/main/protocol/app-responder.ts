import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { securityHeaders } from '../../../shared/security/csp.ts';
import { mimeTypeFor } from '../../../shared/http/mime-types.ts';
import { isClientRoute, resolveAppPath } from './resolve-app-path.ts';

/**
 * Answers app://xrm/ requests from the built renderer folder with the right
 * content type and the strict CSP on every response, errors included. Uses
 * only the web-standard Response, so it runs (and is tested) under plain Node;
 * Electron's `protocol.handle` calls it.
 */
export function createAppResponder(rootDir: string) {
  return async function respond(url: string, method = 'GET'): Promise<Response> {
    if (method !== 'GET' && method !== 'HEAD') {
      return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const resolved = resolveAppPath(url, rootDir);
    if (resolved.kind === 'refused') return plain(resolved.status, 'Not available');
    let body = await readIfFile(resolved.path);
    let mimeType = resolved.mimeType;
    if (body === undefined && isClientRoute(url)) {
      const index = join(rootDir, 'index.html');
      body = await readIfFile(index);
      mimeType = mimeTypeFor(index);
    }
    if (body === undefined) return plain(404, 'Not found');
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeType, 'Cache-Control': 'no-cache' },
    });
  };
}

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A directory or a missing file is "not found"; anything else is a real failure.
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

function plain(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}
