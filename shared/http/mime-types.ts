/**
 * Content types for what the renderer build contains, and for the exports offered
 * for download. Served explicitly so the
 * browser never has to sniff (and `nosniff` makes it refuse to): a module
 * script with the wrong type would simply not run.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // Exports the browser host offers for download.
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.graphml': 'application/graphml+xml',
  '.gexf': 'application/gexf+xml',
};

export const FALLBACK_MIME_TYPE = 'application/octet-stream';

/**
 * The content type for a file, by its extension (both hosts, app:// and the web
 * host, serve the same build); unknown ones are served as bytes.
 */
export function mimeTypeFor(filePath: string): string {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot <= 0 ? '' : name.slice(dot).toLowerCase();
  return MIME_TYPES[extension] ?? FALLBACK_MIME_TYPE;
}
