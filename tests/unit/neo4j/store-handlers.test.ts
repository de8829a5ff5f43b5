import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBackendContext,
  createMemorySettings,
  type OwnedBackendContext,
} from '../../../electron/backend/context.ts';
import { handlers } from '../../../electron/backend/handlers/index.ts';
import { dispatch } from '../../../electron/backend/ipc/dispatch.ts';
import { createMemoryProfiles } from '../../../electron/backend/store-profiles/memory-profiles.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { Result } from '../../../shared/ipc/api.ts';
import { neo4jServer, wipe } from './neo4j-test-server.ts';

describe.skipIf(!neo4jServer)('store handlers: profiles, test connection, switching', () => {
  const server = neo4jServer!;
  let folder: string;
  let context: OwnedBackendContext;
  const events: string[] = [];

  const call = async (channel: string, input: unknown = {}) =>
    (await dispatch(handlers, channel, input, context, { checkOutput: true })) as Result<
      Record<string, unknown>
    >;
  const value = async (channel: string, input: unknown = {}) => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };

  beforeAll(async () => {
    await wipe();
    folder = mkdtempSync(join(tmpdir(), 'xrm-store-handlers-'));
    const openStore = () => openEmbeddedStore(join(folder, 'xrm.db'));
    context = createBackendContext({
      host: 'web',
      appVersion: 'test',
      openStore,
      settings: createMemorySettings('de'),
      profiles: createMemoryProfiles({
        openEmbedded: openStore,
        switchStore: (open) => context.switchStore(open),
      }),
    });
    context.onEvent((event, payload) => events.push(`${event}:${JSON.stringify(payload)}`));
    await context.ready();
  });

  afterAll(async () => {
    await context?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const profile = () => ({
    id: 'team',
    name: 'Vertrieb Nord',
    uri: server.uri,
    user: server.user,
    database: 'neo4j',
  });

  it('saves a profile with its password and never hands the password back', async () => {
    const saved = await value('store:save-profile', { ...profile(), password: server.password });
    expect(saved).toEqual({ profile: profile(), passwordSaved: true });
    const listed = await value('store:list-profiles');
    expect(listed).toEqual({ profiles: [{ ...profile(), hasPassword: true }] });
    expect(JSON.stringify(listed)).not.toContain(server.password);
  });

  it('refuses a profile whose address is not a Neo4j URI, naming the field', async () => {
    const result = await call('store:save-profile', { ...profile(), uri: 'http://127.0.0.1:7474' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toContain('"uri"');
    }
  });

  it('tests a saved profile and reports the server version', async () => {
    const tested = await value('store:test-connection', { profileId: 'team' });
    expect(tested.ok).toBe(true);
    expect(tested.serverVersion).toMatch(/^5\.\d+/);
    expect(tested.message).toContain(`at ${server.uri}, database "neo4j"`);
  });

  it('tells a wrong password from an unknown database', async () => {
    const wrongPassword = await value('store:test-connection', {
      uri: server.uri,
      user: 'neo4j',
      database: 'neo4j',
      password: 'not-the-password',
    });
    expect(wrongPassword).toMatchObject({ ok: false, code: 'unauthorized' });
    expect(wrongPassword.message).toContain('rejected the user "neo4j" and password');
    const noDatabase = await value('store:test-connection', {
      profileId: 'team',
      database: 'sales',
    });
    expect(noDatabase).toMatchObject({ ok: false, code: 'not-found' });
    expect(noDatabase.message).toContain('has no database "sales"');
  });

  it('switches to the Neo4j profile and back, telling the renderer each time', async () => {
    const switched = await value('store:switch', { kind: 'neo4j', profileId: 'team' });
    expect(switched.store).toEqual({
      kind: 'neo4j',
      uri: server.uri,
      database: 'neo4j',
      profile: 'Vertrieb Nord',
    });
    expect((await value('app:get-info')).store).toEqual(switched.store);
    expect(events).toContain('store:changed:{"reason":"switch"}');
    const back = await value('store:switch', { kind: 'embedded' });
    expect(back.store).toEqual({ kind: 'embedded', path: join(folder, 'xrm.db') });
  });

  it('copies the active network into the profile, verified, with progress events', async () => {
    await value('demo:load-network');
    const local = await value('graph:get-counts');
    const result = await value('store:copy-network', { to: { kind: 'neo4j', profileId: 'team' } });
    expect(result.counts).toEqual(local);
    expect(result.target).toMatchObject({ kind: 'neo4j', uri: server.uri });
    expect(result.copied).toMatchObject({ nodes: { created: local.nodes } });
    expect(events.filter((e) => e.startsWith('store:copy-progress:')).at(-1)).toBe(
      `store:copy-progress:{"phase":"interactions","done":${String(local.interactions)}}`,
    );
    const self = await call('store:copy-network', { to: { kind: 'embedded' } });
    expect(self.ok).toBe(false);
    if (!self.ok) expect(self.error.message).toContain('cannot be copied onto itself');
  });

  it('keeps the current store when the profile cannot be opened', async () => {
    await value('store:save-profile', { ...profile(), password: 'not-the-password' });
    const result = await call('store:switch', { kind: 'neo4j', profileId: 'team' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unauthorized');
    expect((await value('app:get-info')).store).toMatchObject({ kind: 'embedded' });
  });

  it('says the web host keeps passwords in memory only', async () => {
    expect(await value('store:keyring-status')).toMatchObject({
      secure: false,
      backend: 'memory',
    });
  });

  it('deletes a profile with its password', async () => {
    expect(await value('store:delete-profile', { id: 'team' })).toEqual({ deleted: true });
    expect(await value('store:list-profiles')).toEqual({ profiles: [] });
    const result = await call('store:switch', { kind: 'neo4j', profileId: 'team' });
    expect(result.ok).toBe(false);
  });
});
