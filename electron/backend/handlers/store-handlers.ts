import { randomUUID } from 'node:crypto';
import { XrmError } from '../../../shared/errors.ts';
import type { Neo4jProfile } from '../../../shared/domain/store-profile.schema.ts';
import type { StoreDescription } from '../../../shared/store/graph-store.ts';
import type {
  BackendContext,
  DomainHandlers,
  ParsedInput,
  StoreProfilesPort,
} from '../ipc/handler-types.ts';
import { unknownProfile } from '../store-profiles/open-profile-store.ts';

/**
 * Connection profiles, "Test connection" and switching the active store. The
 * host provides where profiles and passwords live (StoreProfilesPort); a
 * password goes in, never out: the renderer only learns whether one is saved.
 */
export const storeHandlers = {
  'store:list-profiles': async (_input, context) => {
    const port = profilesOf(context);
    const profiles = await port.listProfiles();
    const withPassword = await Promise.all(
      profiles.map(async (profile) => ({
        ...profile,
        hasPassword: (await port.getPassword(profile.id).catch(() => undefined)) !== undefined,
      })),
    );
    return { profiles: withPassword };
  },

  'store:save-profile': async ({ password, ...fields }, context) => {
    const port = profilesOf(context);
    const profile: Neo4jProfile = { ...fields, id: fields.id ?? randomUUID() };
    await port.saveProfile(profile);
    if (password === undefined) return { profile, passwordSaved: false };
    try {
      await port.setPassword(profile.id, password);
      return { profile, passwordSaved: true };
    } catch (error) {
      // No keyring: the profile is kept, the password is asked for when connecting.
      if (error instanceof XrmError && error.code === 'unsupported') {
        return { profile, passwordSaved: false, message: error.message };
      }
      throw error;
    }
  },

  'store:delete-profile': async ({ id }, context) => ({
    deleted: await profilesOf(context).deleteProfile(id),
  }),

  'store:test-connection': async (input, context) => {
    const connection = await connectionFor(input, context);
    const { testNeo4jConnection } = await import('../store/neo4j/test-neo4j-connection.ts');
    try {
      const { serverVersion } = await testNeo4jConnection(connection);
      return {
        ok: true,
        message: `Connected to Neo4j ${serverVersion} at ${connection.uri}, database "${connection.database}".`,
        serverVersion,
      };
    } catch (error) {
      if (!(error instanceof XrmError)) throw error;
      return { ok: false, message: error.message, code: error.code };
    }
  },

  'store:switch': async (choice, context) => {
    await profilesOf(context).switchStore(choice);
    return { store: context.store().description };
  },

  'store:keyring-status': async (_input, context) => profilesOf(context).keyringStatus(),

  'store:copy-network': async ({ to }, context) => {
    const source = context.store();
    const target = await profilesOf(context).openStore(to);
    try {
      if (sameStore(source.description, target.description)) {
        throw new XrmError('invalid-input', 'The active store cannot be copied onto itself.');
      }
      const { copyNetwork } = await import('../copy/copy-network.ts');
      const copied = await copyNetwork(source, target, {
        onProgress: (progress) => context.emit('store:copy-progress', progress),
      });
      return { copied, counts: await target.counts(), target: target.description };
    } finally {
      await target.close();
    }
  },
} satisfies DomainHandlers<'store'>;

function sameStore(a: StoreDescription, b: StoreDescription): boolean {
  if (a.kind === 'embedded') return b.kind === 'embedded' && a.path === b.path;
  return b.kind === 'neo4j' && a.uri === b.uri && a.database === b.database;
}

function profilesOf(context: BackendContext): StoreProfilesPort {
  if (context.profiles) return context.profiles;
  throw new XrmError('unsupported', 'This XRM Explorer host has no connection profiles.');
}

/** Fields given in the request win over the saved profile (testing an edit before saving). */
async function connectionFor(input: ParsedInput<'store:test-connection'>, context: BackendContext) {
  const port = profilesOf(context);
  let saved: Neo4jProfile | undefined;
  if (input.profileId !== undefined) {
    saved = (await port.listProfiles()).find((p) => p.id === input.profileId);
    if (!saved) throw unknownProfile(input.profileId);
  }
  const uri = input.uri ?? saved?.uri;
  if (uri === undefined) {
    throw new XrmError(
      'invalid-input',
      'Give the address of the Neo4j server, or a saved profile.',
    );
  }
  const password = input.password ?? (saved ? await port.getPassword(saved.id) : undefined) ?? '';
  if (password === '') {
    throw new XrmError('invalid-input', 'Enter the password to test the connection.');
  }
  return {
    uri,
    user: input.user ?? saved?.user ?? 'neo4j',
    database: input.database ?? saved?.database ?? 'neo4j',
    password,
  };
}
