import type { z } from 'zod';
import type {
  Channel,
  ChannelOutput,
  Contract,
  EventName,
  EventPayload,
} from '../../../shared/ipc/contract.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import type {
  KeyringReport,
  Neo4jProfile,
  StoreChoice,
} from '../../../shared/domain/store-profile.schema.ts';
import type { Language } from '../../../graph-schema/index.ts';
import type { RememberedMappings } from '../import/remembered-mappings.ts';
import type { StagingArea } from '../staging/staging-area.ts';

/** Where a handler runs and what it may use: the active store, settings, events. */
export interface BackendContext {
  readonly host: 'electron' | 'web';
  readonly appVersion: string;
  store(): GraphStore;
  readonly settings: LanguageSettings;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Neo4j connection profiles and store switching; absent where the host has none. */
  readonly profiles?: StoreProfilesPort;
  /** Files staged for the import wizard by the host (dialog or upload); absent in the CLI. */
  readonly staging?: StagingArea;
  /** Column mappings confirmed in the import wizard, by header signature; absent: none kept. */
  readonly importMappings?: RememberedMappings;
}

/**
 * What a host keeps for the store handlers: profiles (Electron: electron-store),
 * their passwords (Electron: safeStorage; the web host: memory only) and the
 * switch of the active store.
 */
export interface StoreProfilesPort {
  listProfiles(): Promise<readonly Neo4jProfile[]>;
  saveProfile(profile: Neo4jProfile): Promise<void>;
  /** Removes the profile and its saved password. */
  deleteProfile(id: string): Promise<boolean>;
  getPassword(id: string): Promise<string | undefined>;
  /** Throws (code `unsupported`) where no password can be kept safely. */
  setPassword(id: string, password: string): Promise<void>;
  keyringStatus(): Promise<KeyringReport>;
  /** Opens the chosen store beside the active one (the caller closes it): the target of a copy. */
  openStore(choice: StoreChoice): Promise<GraphStore>;
  /** Opens the chosen store and makes it the active one; if it cannot open, the old one stays. */
  switchStore(choice: StoreChoice): Promise<void>;
}

/** The part of the settings the backend needs; Electron keeps them in electron-store. */
export interface LanguageSettings {
  getLanguage(): Language;
  setLanguage(language: Language): void;
  /** False while the user never picked a language: the renderer then follows the OS. */
  isChosen?(): boolean;
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
