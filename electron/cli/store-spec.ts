import { resolve } from 'node:path';
import { UsageError } from './cli-errors.ts';
import type { StoreTarget } from './store-options.ts';

const NEO4J_URI = /^(neo4j|bolt)(\+s|\+ssc)?:\/\//i;

/**
 * One side of `xrm copy`: `sqlite:PATH`, a path ending in .db, or a Neo4j URI
 * (user and database from the flags, the password from NEO4J_PASSWORD).
 */
export function parseStoreSpec(
  spec: string,
  flag: string,
  neo4j: { readonly user?: string; readonly database?: string },
): StoreTarget {
  if (NEO4J_URI.test(spec)) {
    return {
      kind: 'neo4j',
      uri: spec,
      user: neo4j.user ?? 'neo4j',
      database: neo4j.database ?? 'neo4j',
    };
  }
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (path === '' || (!spec.startsWith('sqlite:') && !/\.db$/i.test(path))) {
    throw new UsageError(
      `${flag} "${spec}" is not a store: use sqlite:PATH, a file ending in .db, or a neo4j://, bolt:// or neo4j+s:// address.`,
    );
  }
  return { kind: 'embedded', path: resolve(path), named: true };
}
