import { ipcMain, type WebContents } from 'electron';
import { CHANNELS, events, type EventName, type EventPayload } from '../../shared/ipc/contract.ts';
import type { Result } from '../../shared/ipc/api.ts';
import { dispatch } from '../backend/ipc/dispatch.ts';
import type { OwnedBackendContext } from '../backend/context.ts';
import type { Handlers } from '../backend/ipc/handler-types.ts';
import { EVENT_CHANNEL, eventMessage } from '../preload/build-bridge.ts';
import { isTrustedSender, type TrustedOrigin } from './security/url-policy.ts';

export interface IpcOptions {
  readonly handlers: Handlers;
  readonly context: OwnedBackendContext;
  /** Where our renderer is served from: app://xrm, plus the dev server in development. */
  readonly trusted: readonly TrustedOrigin[];
  /** Check outputs (and event payloads) against the contract: on whenever the app is not packaged. */
  readonly checkOutput: boolean;
  readonly log: (message: string, error?: unknown) => void;
}

const REFUSED: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'This window may not talk to XRM Explorer.' },
};

/**
 * The only place that touches ipcMain: every contract channel, through one
 * handler that checks the sender and then hands the raw input to `dispatch`
 * (zod parsing, typed error envelope). Returns a function that removes them all.
 */
export function registerIpc(options: IpcOptions): () => void {
  const { handlers, context, trusted, checkOutput, log } = options;
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, trusted)) {
        log(`Refused ${channel} from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
        return REFUSED;
      }
      // A store that cannot open still lets settings and info calls through;
      // store calls then answer "store-unavailable" with the reason.
      await context.ready().catch(() => undefined);
      return dispatch(handlers, channel, input, context, { checkOutput, log });
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Forwards backend events to the renderer windows on EVENT_CHANNEL. */
export function forwardEvents(
  context: OwnedBackendContext,
  targets: () => readonly WebContents[],
  checkPayload: boolean,
): () => void {
  return context.onEvent(<E extends EventName>(name: E, payload: EventPayload<E>) => {
    if (checkPayload) events[name].parse(payload);
    for (const contents of targets()) {
      if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, eventMessage(name, payload));
    }
  });
}
