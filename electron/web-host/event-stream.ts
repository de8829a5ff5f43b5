import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OwnedBackendContext } from '../backend/context.ts';

/** Proxies and idle timers drop silent connections; a comment line keeps this one open. */
const HEARTBEAT_MS = 25_000;

/**
 * `GET /api/events`: Server-Sent Events, one `event: <name>` / `data: <json>` pair
 * per backend event. The first line (`: connected`) tells the client the stream is
 * live, so it knows that later events will not be missed.
 */
export function openEventStream(
  request: IncomingMessage,
  response: ServerResponse,
  context: OwnedBackendContext,
): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  response.write(': connected\n\n');
  const unsubscribe = context.onEvent((event, payload) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const stop = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  request.on('close', stop);
  response.on('close', stop);
}
