import type { GraphStore } from '../../shared/store/graph-store.ts';
import { openProfileStore, unknownProfile } from '../backend/store-profiles/open-profile-store.ts';
import { openEmbeddedStore } from '../backend/store/open-embedded-store.ts';
import type { Secrets } from './secrets/secrets.ts';
import type { ActiveStore } from './settings/settings-schema.ts';
import type { AppSettings } from './settings/settings-store.ts';

/** Opens the store the settings name as active. */
export function openActiveStore(settings: AppSettings, secrets: Secrets): Promise<GraphStore> {
  return openStoreFor(settings.activeStore(), settings, secrets);
}

/** The embedded file, or a Neo4j profile with its password from the safeStorage vault. */
export async function openStoreFor(
  active: ActiveStore,
  settings: AppSettings,
  secrets: Secrets,
): Promise<GraphStore> {
  if (active.kind === 'embedded') return openEmbeddedStore(active.path);
  const profile = settings.neo4jProfiles().find((p) => p.id === active.profileId);
  if (!profile) throw unknownProfile(active.profileId);
  return openProfileStore(profile, await secrets.getPassword(profile.id));
}
