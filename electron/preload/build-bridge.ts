import {
  CHANNELS,
  EVENT_NAMES,
  type Channel,
  type EventName,
  type EventPayload,
} from '../../shared/ipc/contract.ts';
import type { Result, XrmBridge } from '../../shared/ipc/api.ts';

/** The one IPC channel main pushes events on; the payload names the event. */
export const EVENT_CHANNEL = 'xrm:event';

export interface EventMessage {
  readonly name: EventName;
  readonly payload: unknown;
}

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;
/** Subscribes to raw messages on EVENT_CHANNEL; returns the unsubscribe. */
export type Subscribe = (listener: (message: unknown) => void) => () => void;

/**
 * Builds `window.xrm`: one method per contract channel (the contract is the
 * allowlist; there is no generic "send anything" function) and `on` for the
 * contract's events only. Without any Electron import, so it is unit-tested
 * under Node; the preload entry only wires ipcRenderer into it.
 */
export function buildBridge(invoke: Invoke, subscribe: Subscribe): XrmBridge {
  const methods = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (input: unknown) => invoke(channel, input) as Promise<Result<unknown>>,
    ]),
  );
  const on = (event: EventName, listener: (payload: never) => void): (() => void) => {
    if (!EVENT_NAMES.includes(event)) throw new TypeError(`Unknown event ${String(event)}.`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
    // Only the payload reaches the page: never the IpcRendererEvent, whose `sender` is the raw ipcRenderer.
    return subscribe((message) => {
      if (isEventMessage(message) && message.name === event) {
        listener(message.payload as never);
      }
    });
  };
  // The loop above builds exactly the mapped type; TypeScript cannot follow a loop over keys.
  return Object.freeze({ ...methods, on }) as unknown as XrmBridge;
}

function isEventMessage(message: unknown): message is EventMessage {
  return (
    typeof message === 'object' && message !== null && 'name' in message && 'payload' in message
  );
}

export function eventMessage<E extends EventName>(name: E, payload: EventPayload<E>): EventMessage {
  return { name, payload };
}
