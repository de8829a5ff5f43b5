import type { IncomingMessage, ServerResponse } from 'node:http';
import { isChannel } from '../../shared/ipc/contract.ts';
import { dispatch } from '../backend/ipc/dispatch.ts';
import type { Handlers } from '../backend/ipc/handler-types.ts';
import type { OwnedBackendContext } from '../backend/context.ts';
import { bearerMatches } from './access-token.ts';
import { openEventStream } from './event-stream.ts';
import { sendError, sendJson } from './http-responses.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { handleUpload } from './upload-route.ts';

export const API_PREFIX = '/api/';
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface ApiDeps {
  readonly token: string;
  readonly handlers: Handlers;
  readonly context: OwnedBackendContext;
  readonly onStream: (response: ServerResponse) => void;
  /** Largest import file accepted by `POST /api/upload`. */
  readonly maxUploadBytes?: number;
}

/** `/api/*`: the token first, then the method, the channel and the body. */
export async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  deps: ApiDeps,
): Promise<void> {
  if (!bearerMatches(request.headers.authorization, deps.token)) {
    sendError(response, 401, 'unauthorized', 'This request needs the access token of this run.', {
      'WWW-Authenticate': 'Bearer realm="xrm"',
    });
    return;
  }
  const name = channelName(request.url ?? '');
  if (name === 'events') {
    if (request.method !== 'GET') {
      sendError(response, 405, 'unsupported', 'Events are read with GET.', { Allow: 'GET' });
      return;
    }
    deps.onStream(response);
    openEventStream(request, response, deps.context);
    return;
  }
  if (name === 'upload') {
    await handleUpload(request, response, deps.context.staging, deps.maxUploadBytes);
    return;
  }
  if (request.method !== 'POST') {
    sendError(response, 405, 'unsupported', 'Contract channels are called with POST.', {
      Allow: 'POST',
    });
    return;
  }
  if (!isChannel(name)) {
    sendError(response, 404, 'not-found', `Unknown channel ${JSON.stringify(name.slice(0, 80))}.`);
    return;
  }
  const input = await readJsonInput(request, response);
  if (input.refused) return;
  // A store that cannot open is reported by the handler as `store-unavailable`, with the reason.
  await deps.context.ready().catch(() => undefined);
  const result = await dispatch(deps.handlers, name, input.value, deps.context, {
    checkOutput: true,
    log: (message, error) => console.error(message, error),
  });
  sendJson(response, 200, result);
}

function channelName(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURIComponent(path.slice(API_PREFIX.length));
  } catch {
    return path.slice(API_PREFIX.length);
  }
}

type JsonInput = { refused: true } | { refused: false; value: unknown };

async function readJsonInput(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<JsonInput> {
  let body: Buffer;
  try {
    body = await readBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    sendError(response, 413, 'invalid-input', error.message, { Connection: 'close' });
    return { refused: true };
  }
  if (body.length === 0) return { refused: false, value: {} };
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    sendError(
      response,
      415,
      'invalid-input',
      'The request body must be JSON (Content-Type: application/json).',
    );
    return { refused: true };
  }
  try {
    return { refused: false, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    sendError(response, 400, 'invalid-input', `The request body is not valid JSON: ${reason}`);
    return { refused: true };
  }
}
