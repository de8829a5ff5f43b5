import { XrmError } from '../../../shared/errors.ts';
import type { Neo4jProfile } from '../../../shared/domain/store-profile.schema.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';

/** Opens the Neo4j store a profile names, with the password its host keeps. */
export async function openProfileStore(
  profile: Neo4jProfile,
  password: string | undefined,
): Promise<GraphStore> {
  if (password === undefined || password === '') {
    throw new XrmError(
      'unauthorized',
      `No password is saved for the connection "${profile.name}". Enter it in the connection settings.`,
    );
  }
  // Loaded on demand: an app that never uses Neo4j never loads the driver.
  const { openNeo4jStore } = await import('../store/neo4j/open-neo4j-store.ts');
  return openNeo4jStore({
    uri: profile.uri,
    user: profile.user,
    database: profile.database,
    password,
    profile: profile.name,
  });
}

export function unknownProfile(id: string): XrmError {
  return new XrmError('not-found', `There is no connection profile "${id}" (any more).`);
}
