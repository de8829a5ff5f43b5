import { XrmError } from '../../shared/errors.ts';
import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import type { Language } from '../../graph-schema/index.ts';
import type { BackendContext, LanguageSettings, StoreProfilesPort } from './ipc/handler-types.ts';
import { watchExternalChanges } from './external-changes.ts';
import { rememberedMappings, type RememberedMappings } from './import/remembered-mappings.ts';
import { createStagingArea, type StagingArea } from './staging/staging-area.ts';

export type StoreOpener = () => GraphStore | Promise<GraphStore>;

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface BackendContextOptions {
  readonly host: BackendContext['host'];
  readonly appVersion: string;
  readonly openStore: StoreOpener;
  readonly settings: LanguageSettings;
  readonly profiles?: StoreProfilesPort;
  /** Where import files are staged; a fresh area under the OS temp folder when left out. */
  readonly staging?: StagingArea;
  /** The import wizard's remembered column mappings; in memory (this run only) when left out. */
  readonly importMappings?: RememberedMappings;
  /** Poll interval for changes made by other processes; 0 turns the watch off. */
  readonly externalChangePollMs?: number;
}

/**
 * What a host (Electron main, the web host, the CLI) holds on to: the context
 * handlers see, plus the lifecycle of the active store and the event fan-out.
 */
export interface OwnedBackendContext extends BackendContext {
  /** Opens the store on first call (later calls share the result); rejects if it cannot. */
  ready(): Promise<GraphStore>;
  /** Replaces the active store: opens the new one first, so a failure keeps the old one. */
  switchStore(openStore: StoreOpener): Promise<GraphStore>;
  /** Subscribes to every event the backend emits; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void;
  readonly staging: StagingArea;
  close(): Promise<void>;
}

/**
 * The active store is owned here and opened lazily, so a window can show before
 * a large SQLite file has finished its migrations. Handlers call the synchronous
 * `store()`; hosts await `ready()` before they dispatch.
 */
export function createBackendContext(options: BackendContextOptions): OwnedBackendContext {
  let opener = options.openStore;
  let active: GraphStore | undefined;
  let opening: Promise<GraphStore> | undefined;
  let lastFailure: string | undefined;
  let closed = false;
  const listeners = new Set<EventListener>();
  const staging = options.staging ?? createStagingArea();

  const open = async (): Promise<GraphStore> => {
    try {
      const store = await opener();
      lastFailure = undefined;
      return store;
    } catch (error) {
      lastFailure = error instanceof Error ? error.message : String(error);
      throw error;
    }
  };

  const stopWatching =
    options.externalChangePollMs === 0
      ? () => undefined
      : watchExternalChanges(
          () => active,
          () => context.emit('store:changed', { reason: 'external' }),
          options.externalChangePollMs,
        );

  const context: OwnedBackendContext = {
    host: options.host,
    appVersion: options.appVersion,
    settings: options.settings,
    ...(options.profiles && { profiles: options.profiles }),
    staging,
    importMappings: options.importMappings ?? rememberedMappings(),

    store() {
      if (active) return active;
      if (closed) throw new XrmError('store-unavailable', 'The store has been closed.');
      const why = lastFailure ? ` It could not be opened: ${lastFailure}` : ' It is still opening.';
      throw new XrmError('store-unavailable', `The store is not available.${why}`);
    },

    ready() {
      if (closed) return Promise.reject(new XrmError('store-unavailable', 'The store is closed.'));
      if (active) return Promise.resolve(active);
      opening ??= open().then(
        (store) => {
          active = store;
          return store;
        },
        (error: unknown) => {
          // Forget the failed attempt so the next request may retry.
          opening = undefined;
          throw error;
        },
      );
      return opening;
    },

    async switchStore(openStore) {
      if (closed) throw new XrmError('store-unavailable', 'The store is closed.');
      const previous = active ?? (await opening?.catch(() => undefined));
      const next = await openStore();
      opener = openStore;
      active = next;
      opening = Promise.resolve(next);
      if (previous && previous !== next) await previous.close();
      context.emit('store:changed', { reason: 'switch' });
      return next;
    },

    emit(event, payload) {
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch (error) {
          // One broken subscriber (a closed window, a dropped HTTP stream) must not stop the others.
          console.error(`Event listener for ${event} failed`, error);
        }
      }
    },

    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async close() {
      if (closed) return;
      closed = true;
      stopWatching();
      listeners.clear();
      await staging.close();
      const store = active ?? (await opening?.catch(() => undefined));
      active = undefined;
      opening = undefined;
      await store?.close();
    },
  };
  return context;
}

/**
 * Language settings that live as long as the process: the web host and the CLI.
 * Without an initial language the user has not chosen one, so the renderer follows the OS.
 */
export function createMemorySettings(initial?: Language): LanguageSettings {
  let language: Language = initial ?? 'en';
  let chosen = initial !== undefined;
  return {
    getLanguage: () => language,
    setLanguage: (next) => {
      language = next;
      chosen = true;
    },
    isChosen: () => chosen,
  };
}
