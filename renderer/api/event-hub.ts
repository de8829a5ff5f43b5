import type { EventName } from '../../shared/ipc/contract.ts';
import { createEventStreamParser, type ServerEvent } from './event-stream.ts';

type Listener = (payload: never) => void;

export interface EventHubOptions {
  readonly baseUrl: string;
  readonly headers: Record<string, string>;
  readonly fetch: typeof fetch;
  /** Delay before reconnecting after the stream broke (grows up to 30 s). */
  readonly retryMs?: number;
}

/**
 * One Server-Sent-Events connection to `GET /api/events`, shared by every
 * subscriber, opened with the first listener and closed with the last.
 */
export function createEventHub(options: EventHubOptions) {
  const listeners = new Map<EventName, Set<Listener>>();
  let controller: AbortController | null = null;
  let retry = options.retryMs ?? 1000;

  const dispatch = (message: ServerEvent) => {
    const decoded = decode(message);
    if (!decoded) return;
    for (const listener of listeners.get(decoded.event as EventName) ?? []) {
      listener(decoded.payload as never);
    }
  };

  const connect = async (signal: AbortSignal) => {
    while (!signal.aborted) {
      try {
        const response = await options.fetch(`${options.baseUrl}/api/events`, {
          headers: { ...options.headers, Accept: 'text/event-stream' },
          signal,
        });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        retry = options.retryMs ?? 1000;
        await pump(response.body, dispatch);
      } catch {
        // The host went away or refused us; try again later unless we were closed.
      }
      if (signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retry));
      retry = Math.min(retry * 2, 30_000);
    }
  };

  return {
    subscribe(event: EventName, listener: Listener): () => void {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      if (!controller) {
        controller = new AbortController();
        void connect(controller.signal);
      }
      return () => {
        set.delete(listener);
        const empty = [...listeners.values()].every((s) => s.size === 0);
        if (empty && controller) {
          controller.abort();
          controller = null;
        }
      };
    },
  };
}

async function pump(body: ReadableStream<Uint8Array>, onEvent: (e: ServerEvent) => void) {
  const parse = createEventStreamParser();
  const decoder = new TextDecoder();
  const reader = body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    for (const event of parse(decoder.decode(value, { stream: true }))) onEvent(event);
  }
}

/** Accept both `event: name` + `data: payload` and a bare `data: {event, payload}`. */
function decode(message: ServerEvent): { event: string; payload: unknown } | null {
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return null;
  }
  if (message.event !== 'message') return { event: message.event, payload: data };
  if (typeof data === 'object' && data !== null && 'event' in data && 'payload' in data) {
    return { event: String(data.event), payload: data.payload };
  }
  return null;
}
