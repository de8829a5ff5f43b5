/**
 * The loopback web host: the built renderer plus the IPC contract over HTTP, for
 * end-to-end tests in Chromium, development, and `xrm serve`.
 *
 * ## Protocol (what the renderer's HTTP bridge speaks)
 *
 * Start-up prints `http://127.0.0.1:PORT/#token=TOKEN`. The token sits in the URL
 * fragment, which browsers never send to a server, so it stays out of logs. The
 * renderer reads it from `location.hash` (and should then remove it from the
 * address bar with `history.replaceState`).
 *
 * Every request:
 * - `Host` must be `127.0.0.1:PORT` (the bound address) or `localhost:PORT`,
 *   else **403** — a DNS-rebinding page sends its own host name.
 * - If an `Origin` header is sent it must be `http://` + one of those hosts, else **403**.
 * - Responses carry the app's CSP, `X-Content-Type-Options: nosniff`,
 *   `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`.
 *
 * Contract calls: `POST /api/<channel>` (e.g. `/api/graph:search-nodes`)
 * - Header `Authorization: Bearer TOKEN` (compared in constant time), else **401**.
 * - Body: the channel's input as JSON with `Content-Type: application/json`; an
 *   empty body means `{}`. Not JSON → **400**, another content type → **415**,
 *   more than 2 MiB → **413**.
 * - Other methods → **405** (`Allow: POST`). Unknown channel → **404**.
 * - Otherwise **200** with the Result envelope of `dispatch` — the same zod input
 *   validation as IPC, outputs checked against the contract:
 *   `{"ok":true,"value":…}` or `{"ok":false,"error":{"code","message","issues?"}}`.
 *   Handled errors (invalid input, not found, conflict, internal…) are HTTP 200;
 *   the code is in the envelope. Refusals (400/401/403/404/405/413/415) use the
 *   same `{"ok":false,"error":{…}}` shape. Checks run in this order: Host/Origin,
 *   token, method, channel, body — so nothing about the API is told without the token.
 *   A crash outside `dispatch` is **500** with code `internal` and no details.
 *
 * Import files: `POST /api/upload?name=FILE.csv` with the same `Authorization` header
 * and the file's bytes as the body. The body is streamed into a temporary folder
 * of this run (removed on close) under a random id; more than `maxUploadBytes`
 * (default 512 MiB) → **413**. Answer: `{"ok":true,"value":{"id","name","size"}}`;
 * the id is what `import:preview` / `import:run` take. No channel accepts a path.
 *
 * Events: `GET /api/events` with the same `Authorization` header (so the client
 * uses a streaming `fetch`, not `EventSource`). Answer: `text/event-stream`; the
 * first line is the comment `: connected`, then per event
 * `event: store:changed\ndata: {"reason":"demo"}\n\n`; a `: ping` comment every 25 s.
 *
 * Downloads: `GET /download/<id>` fetches a file a handler offered (an export, a
 * printed brief):
 * the id is the capability (144 random bits, one use, ten minutes), because a
 * browser download cannot send the `Authorization` header. Used or unknown → **404**.
 *
 * Files: `GET`/`HEAD` of anything else serves the built renderer (`/` is
 * `index.html`; a path without extension that is not a file also gets
 * `index.html`). Paths with `..`, backslashes, NUL or `:` → **403**; missing → **404**.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
  type StoreOpener,
} from '../backend/context.ts';
import { handlers } from '../backend/handlers/index.ts';
import { createMemoryProfiles } from '../backend/store-profiles/memory-profiles.ts';
import { openEmbeddedStore } from '../backend/store/open-embedded-store.ts';
import { checkAccessToken, newAccessToken } from './access-token.ts';
import { API_PREFIX, handleApi } from './api-routes.ts';
import { downloadHandlers, type HostAddress } from './download-handlers.ts';
import { DOWNLOAD_PREFIX, Downloads } from './downloads.ts';
import { sendError, setSecurityHeaders } from './http-responses.ts';
import { allowedHostHeaders, loopbackBindAddress, urlHost } from './loopback.ts';
import { serveStatic } from './static-files.ts';

export interface WebHostOptions {
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** Loopback only: 127.0.0.0/8, ::1 or localhost. Anything else throws before listening. */
  readonly host?: string;
  /** The embedded store's SQLite file; or give `openStore` (e.g. Neo4j from the CLI). */
  readonly storePath?: string;
  readonly openStore?: StoreOpener;
  /** The built renderer, relative to the working directory. */
  readonly rendererDir?: string;
  /** Fixed token (at least 32 URL-safe characters); a random one per run if left out. */
  readonly token?: string;
  readonly appVersion?: string;
  /** Largest import upload accepted; 512 MiB when left out. */
  readonly maxUploadBytes?: number;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/#token=TOKEN` */
  readonly url: string;
  /** `http://127.0.0.1:PORT` without the token. */
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const address = loopbackBindAddress(options.host ?? '127.0.0.1');
  const token = options.token === undefined ? newAccessToken() : checkAccessToken(options.token);
  const rendererDir = resolve(options.rendererDir ?? 'dist/renderer');
  const openStore = storeOpener(options);
  const context: OwnedBackendContext = createBackendContext({
    host: 'web',
    appVersion: options.appVersion ?? packageVersion(),
    openStore,
    settings: createMemorySettings(),
    // Profiles and their passwords live as long as this process (nothing on disk).
    profiles: createMemoryProfiles({
      openEmbedded: openStore,
      switchStore: (open) => context.switchStore(open),
    }),
  });
  // Open now: a wrong --db path should fail here, not on the first click.
  await context.ready();

  const downloads = new Downloads();
  // Saving a file here means offering it for download (the desktop app asks where instead).
  // Known once listening; printing a brief needs the host's own origin.
  const self: { address?: HostAddress } = {};
  const hostHandlers = {
    ...handlers,
    ...downloadHandlers(downloads, handlers, () => {
      if (!self.address) throw new Error('The web host is not listening yet.');
      return self.address;
    }),
  };
  const streams = new Set<ServerResponse>();
  let allowedHosts: ReadonlySet<string> = new Set();
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error(`Web host request ${request.method} ${request.url} failed`, error);
      if (response.headersSent) response.destroy();
      else sendError(response, 500, 'internal', 'Something went wrong inside XRM Explorer.');
    });
  });

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    setSecurityHeaders(response);
    const refusal = originRefusal(request, allowedHosts);
    if (refusal) {
      sendError(response, 403, 'unauthorized', refusal);
      return;
    }
    const path = request.url ?? '/';
    if (path === '/api' || path.startsWith(API_PREFIX)) {
      await handleApi(request, response, {
        token,
        handlers: hostHandlers,
        context,
        ...(options.maxUploadBytes === undefined ? {} : { maxUploadBytes: options.maxUploadBytes }),
        onStream: (stream) => {
          streams.add(stream);
          stream.on('close', () => streams.delete(stream));
        },
      });
      return;
    }
    if (path.startsWith(DOWNLOAD_PREFIX)) {
      await downloads.serve(request, response);
      return;
    }
    await serveStatic(request, response, rendererDir);
  };

  const port = await listen(server, options.port ?? 0, address).catch(async (error: unknown) => {
    await context.close();
    throw error;
  });
  allowedHosts = allowedHostHeaders(address, port);
  const origin = `http://${urlHost(address)}:${port}`;
  self.address = { origin, token };
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    close: async () => {
      for (const stream of streams) stream.end();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await context.close();
      await downloads.close();
    },
  };
}

/** Why a request is refused for its Host or Origin header, or undefined if it may pass. */
function originRefusal(request: IncomingMessage, allowed: ReadonlySet<string>): string | undefined {
  const host = request.headers.host?.toLowerCase() ?? '';
  if (!allowed.has(host)) {
    return `Requests must address this machine's loopback host (${[...allowed].join(' or ')}).`;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.has(origin.toLowerCase().replace(/^http:\/\//, ''))) {
    return 'Cross-origin requests are not accepted.';
  }
  return undefined;
}

function storeOpener(options: WebHostOptions): StoreOpener {
  if (options.openStore) return options.openStore;
  const path = options.storePath;
  if (!path)
    throw new Error('The web host needs a store: give storePath (a SQLite file) or openStore.');
  return () => openEmbeddedStore(path);
}

function listen(server: Server, port: number, address: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, address, () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

function packageVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
