import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS, type EventName } from '../../../../shared/ipc/contract.ts';
import type { Result, XrmApi, XrmBridge } from '../../../../shared/ipc/api.ts';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
  type StoreOpener,
} from '../../../../electron/backend/context.ts';
import { handlers } from '../../../../electron/backend/handlers/index.ts';
import { dispatch } from '../../../../electron/backend/ipc/dispatch.ts';
import { openEmbeddedStore } from '../../../../electron/backend/store/open-embedded-store.ts';
import { createMemoryProfiles } from '../../../../electron/backend/store-profiles/memory-profiles.ts';
import { toApi } from '../../../../renderer/api/create-api.ts';

export interface InProcessBackend {
  readonly api: XrmApi;
  readonly context: OwnedBackendContext;
  readonly storePath: string;
  close(): Promise<void>;
}

export interface InProcessOptions {
  readonly openStore?: StoreOpener;
  /**
   * Neo4j connection profiles as the web host keeps them (in memory), reaching
   * real sockets, so "Test connection" meets a real network.
   */
  readonly profiles?: boolean;
}

/**
 * The real backend — handlers, contract validation, a SQLite file in a fresh
 * temporary folder — wired to the renderer's XrmApi without HTTP in between, so
 * component tests exercise real data and real error envelopes.
 */
export async function startInProcessBackend(
  options: InProcessOptions = {},
): Promise<InProcessBackend> {
  const dir = await mkdtemp(join(tmpdir(), 'xrm-renderer-'));
  const storePath = join(dir, 'xrm.db');
  const openStore = options.openStore ?? (() => openEmbeddedStore(storePath));
  const context: OwnedBackendContext = createBackendContext({
    host: 'web',
    appVersion: '0.0.0-test',
    openStore,
    settings: createMemorySettings(),
    profiles: options.profiles
      ? createMemoryProfiles({
          openEmbedded: () => openEmbeddedStore(storePath),
          switchStore: (open) => context.switchStore(open),
        })
      : undefined,
  });
  const call = (channel: string) => async (input: unknown) => {
    await context.ready().catch(() => undefined);
    return dispatch(handlers, channel, input, context, { checkOutput: true }) as Promise<
      Result<never>
    >;
  };
  const bridge = {
    ...Object.fromEntries(CHANNELS.map((channel) => [channel, call(channel)])),
    on: (event: EventName, listener: (payload: never) => void) =>
      context.onEvent((name, payload) => {
        if (name === event) listener(payload as never);
      }),
  } as unknown as XrmBridge;
  return {
    api: toApi(bridge),
    context,
    storePath,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
