import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mimeTypeFor } from '../../shared/http/mime-types.ts';
import { sendError } from './http-responses.ts';

export const DOWNLOAD_PREFIX = '/download/';
/** How long an offered file waits to be fetched. */
const OFFER_TTL_MS = 10 * 60_000;

interface Offer {
  readonly file: string;
  readonly name: string;
  readonly expires: number;
}

/**
 * Files the browser host hands to the user (exports, printed reports). A browser
 * download is a plain navigation that cannot carry the bearer token, so each
 * file gets its own unguessable link (144 random bits) that works once and for
 * ten minutes. The files live in a private temporary folder that goes with the host.
 */
export class Downloads {
  readonly #offers = new Map<string, Offer>();
  #dir: Promise<string> | undefined;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** A fresh folder for one export's files, inside this host's own temporary folder. */
  async workDir(): Promise<string> {
    this.#dir ??= mkdtemp(join(tmpdir(), 'xrm-downloads-'));
    return mkdtemp(join(await this.#dir, 'export-'));
  }

  /** Registers a written file and returns the same-origin URL that fetches it once. */
  offer(file: string, name: string): string {
    this.#dropExpired();
    const id = randomBytes(18).toString('base64url');
    this.#offers.set(id, { file, name, expires: this.#now() + OFFER_TTL_MS });
    return `${DOWNLOAD_PREFIX}${id}`;
  }

  /** `GET /download/<id>`: the file as an attachment, then it is gone. */
  async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET') {
      sendError(response, 405, 'unsupported', 'Downloads are fetched with GET.', { Allow: 'GET' });
      return;
    }
    this.#dropExpired();
    const id = (request.url ?? '').slice(DOWNLOAD_PREFIX.length).split(/[?#]/, 1)[0] ?? '';
    const offer = this.#offers.get(id);
    if (!offer) {
      sendError(response, 404, 'not-found', 'This download link has been used or has expired.');
      return;
    }
    this.#offers.delete(id);
    const size = (await stat(offer.file)).size;
    response.writeHead(200, {
      'Content-Type': mimeTypeFor(offer.name),
      'Content-Length': size,
      'Content-Disposition': contentDisposition(offer.name),
      'Cache-Control': 'no-store',
    });
    const stream = createReadStream(offer.file);
    stream.pipe(response);
    response.once('close', () => {
      stream.destroy();
      void rm(offer.file, { force: true });
    });
  }

  async close(): Promise<void> {
    this.#offers.clear();
    if (this.#dir) await rm(await this.#dir, { recursive: true, force: true });
  }

  #dropExpired(): void {
    const now = this.#now();
    for (const [id, offer] of this.#offers) {
      if (offer.expires > now) continue;
      this.#offers.delete(id);
      void rm(offer.file, { force: true });
    }
  }
}

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
