import type { z } from 'zod';
import type {
  Channel,
  ChannelOutput,
  Contract,
  EventName,
  EventPayload,
} from '../../../shared/ipc/contract.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import type { Language } from '../../../graph-schema/index.ts';

/** Where a handler runs and what it may use: the active store, settings, events. */
export interface BackendContext {
  readonly host: 'electron' | 'web';
  readonly appVersion: string;
  store(): GraphStore;
  readonly settings: LanguageSettings;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** The part of the settings the backend needs; Electron keeps them in electron-store. */
export interface LanguageSettings {
  getLanguage(): Language;
  setLanguage(language: Language): void;
}

export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  context: BackendContext,
) => Promise<ChannelOutput<C>>;

export type Handlers = { readonly [C in Channel]: Handler<C> };

/** One domain's handlers, e.g. everything under `graph:`. */
export type DomainHandlers<D extends string> = {
  readonly [C in Channel as C extends `${D}:${string}` ? C : never]: Handler<C>;
};
