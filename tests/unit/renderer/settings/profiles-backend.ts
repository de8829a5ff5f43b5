import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS, type EventName } from '../../../../shared/ipc/contract.ts';
import type { Result, XrmBridge } from '../../../../shared/ipc/api.ts';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
} from '../../../../electron/backend/context.ts';
import { handlers } from '../../../../electron/backend/handlers/index.ts';
import { dispatch } from '../../../../electron/backend/ipc/dispatch.ts';
import { openEmbeddedStore } from '../../../../electron/backend/store/open-embedded-store.ts';
import { createMemoryProfiles } from '../../../../electron/backend/store-profiles/memory-profiles.ts';
import { toApi } from '../../../../renderer/api/create-api.ts';
import type { InProcessBackend } from '../support/in-process-backend.ts';

/**
 * The real backend as the web host wires it — SQLite file plus in-memory Neo4j
 * profiles that reach real sockets — so "Test connection" meets a real network.
 */
export async function startProfilesBackend(): Promise<InProcessBackend> {
  const dir = await mkdtemp(join(tmpdir(), 'xrm-settings-'));
  const storePath = join(dir, 'xrm.db');
  const openStore = () => openEmbeddedStore(storePath);
  const context: OwnedBackendContext = createBackendContext({
    host: 'web',
    appVersion: '0.0.0-test',
    openStore,
    settings: createMemorySettings(),
    profiles: createMemoryProfiles({
      openEmbedded: openStore,
      switchStore: (open) => context.switchStore(open),
    }),
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
