import { CHANNELS, type Channel, type EventName } from '../../shared/ipc/contract.ts';
import type { Result, XrmBridge } from '../../shared/ipc/api.ts';
import type { ErrorEnvelope } from '../../shared/errors.ts';
import { createEventHub } from './event-hub.ts';

export interface HttpBridgeOptions {
  /** Origin of the web host, e.g. `http://127.0.0.1:41234`. */
  readonly baseUrl: string;
  readonly token: string | null;
  readonly fetch?: typeof fetch;
}

/**
 * The web host's side of the bridge: `POST /api/<channel>` with a JSON body and
 * the run's bearer token; the answer is the same Result envelope the preload
 * returns, so the rest of the renderer cannot tell the two apart.
 */
export function createHttpBridge(options: HttpBridgeOptions): XrmBridge {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers = authHeaders(options.token);
  const call = (channel: Channel) => (input: unknown) =>
    post(doFetch, `${options.baseUrl}/api/${channel}`, headers, input);
  const methods = Object.fromEntries(CHANNELS.map((channel) => [channel, call(channel)]));
  const hub = createEventHub({ baseUrl: options.baseUrl, headers, fetch: doFetch });
  return {
    ...methods,
    on: (event: EventName, listener: (payload: never) => void) => hub.subscribe(event, listener),
  } as unknown as XrmBridge;
}

function authHeaders(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function post(
  doFetch: typeof fetch,
  url: string,
  headers: Record<string, string>,
  input: unknown,
): Promise<Result<never>> {
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure(
      'store-unavailable',
      'XRM Explorer cannot reach its backend. Is it still running?',
    );
  }
  const body = await readJson(response);
  // The host's own 401 text is terse; tell the person how to get back in.
  if (response.status === 401) {
    return failure(
      'unauthorized',
      'This page was opened without a valid access token. Open the address printed by `xrm serve` again.',
    );
  }
  if (isResult(body)) return body as Result<never>;
  return failure(
    'internal',
    `The backend answered with HTTP ${response.status} instead of a result.`,
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isResult(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  return body.ok === true ? 'value' in body : body.ok === false && 'error' in body;
}

function failure(code: ErrorEnvelope['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
