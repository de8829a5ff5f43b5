import type { ErrorEnvelope } from '../errors.ts';
import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract.ts';

/** What crosses the bridge: a value, or a typed error envelope — never a thrown stack. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorEnvelope };

/**
 * The raw bridge, as exposed by the preload (`window.xrm`) or spoken over HTTP
 * by the web host. One method per contract channel.
 */
export type XrmBridge = {
  readonly [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
} & {
  readonly on: <E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};

/** What the renderer programs against: outputs resolve, errors reject as XrmError. */
export type XrmApi = {
  readonly [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
} & {
  readonly on: XrmBridge['on'];
};
