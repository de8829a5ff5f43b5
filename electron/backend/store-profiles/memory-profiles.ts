import type { Neo4jProfile, StoreChoice } from '../../../shared/domain/store-profile.schema.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';
import type { StoreOpener } from '../context.ts';
import type { StoreProfilesPort } from '../ipc/handler-types.ts';
import { openProfileStore, unknownProfile } from './open-profile-store.ts';

export interface MemoryProfilesOptions {
  /** The host's embedded store, for switching back to it. */
  readonly openEmbedded: StoreOpener;
  /** The context's switch (opens first, keeps the old store on failure). */
  readonly switchStore: (open: StoreOpener) => Promise<unknown>;
}

/**
 * Profiles for the web host: they live as long as the process, and so do
 * their passwords, which are never written anywhere. The UI says so through
 * keyringStatus.
 */
export function createMemoryProfiles(options: MemoryProfilesOptions): StoreProfilesPort {
  const profiles = new Map<string, Neo4jProfile>();
  const passwords = new Map<string, string>();
  const openStore = async (choice: StoreChoice): Promise<GraphStore> => {
    if (choice.kind === 'embedded') return options.openEmbedded();
    const profile = profiles.get(choice.profileId);
    if (!profile) throw unknownProfile(choice.profileId);
    return openProfileStore(profile, passwords.get(profile.id));
  };
  return {
    listProfiles: async () => [...profiles.values()],
    saveProfile: async (profile) => void profiles.set(profile.id, profile),
    deleteProfile: async (id) => {
      passwords.delete(id);
      return profiles.delete(id);
    },
    getPassword: async (id) => passwords.get(id),
    setPassword: async (id, password) => void passwords.set(id, password),
    keyringStatus: async () => ({
      secure: false,
      backend: 'memory',
      message:
        'The web host keeps passwords in memory only: they are gone when it stops, and never written to disk.',
    }),
    openStore,
    switchStore: (choice) => options.switchStore(() => openStore(choice)).then(() => undefined),
  };
}
