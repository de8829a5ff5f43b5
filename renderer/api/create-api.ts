import { CHANNELS, type Channel } from '../../shared/ipc/contract.ts';
import type { XrmApi, XrmBridge } from '../../shared/ipc/api.ts';
import { XrmError } from '../../shared/errors.ts';
import { createHttpBridge } from './http-bridge.ts';
import { takeSessionToken } from './session-token.ts';
import { toXrmError } from './to-xrm-error.ts';

/**
 * The renderer's one way to the backend. Under Electron the preload exposes
 * `window.xrm`; under the web host (tests, development, `xrm serve`) the same
 * contract is spoken over HTTP. Either way, values resolve and errors reject as
 * XrmError with a human message.
 */
export function createApi(win: Window = window): XrmApi {
  const preload = (win as Window & { xrm?: XrmBridge }).xrm;
  if (preload) return toApi(preload);
  const token = takeSessionToken(win);
  return toApi(createHttpBridge({ baseUrl: win.location.origin, token }));
}

export function toApi(bridge: XrmBridge): XrmApi {
  const unwrap = (channel: Channel) => async (input: unknown) => {
    const call = bridge[channel] as (input: unknown) => ReturnType<XrmBridge[Channel]>;
    let result: Awaited<ReturnType<XrmBridge[Channel]>>;
    try {
      result = await call(input ?? {});
    } catch {
      throw new XrmError('internal', 'The connection to the XRM Explorer backend failed.');
    }
    if (result.ok) return result.value;
    throw toXrmError(result.error);
  };
  const methods = Object.fromEntries(CHANNELS.map((channel) => [channel, unwrap(channel)]));
  return { ...methods, on: bridge.on } as XrmApi;
}
