import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { XrmError } from '../../shared/errors.ts';
import type { GraphStore } from '../../shared/store/graph-store.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { shellArg } from './cli-output.ts';
import { defaultDatabasePath } from './user-data-path.ts';

export interface StoreOptions {
  readonly db?: string;
  readonly neo4j?: string;
  readonly neo4jUser?: string;
  readonly neo4jDatabase?: string;
}

/** `read`: the database must already exist. `write`: it is created if missing. */
export type StoreMode = 'read' | 'write';

/** Which store a command works on: an embedded file, or a Neo4j server. */
export type StoreTarget =
  | { readonly kind: 'embedded'; readonly path: string; readonly named: boolean }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly database: string;
    };

export function addStoreOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--db <file>',
        'embedded database file (default: the app’s own, in its user-data folder)',
      ).conflicts('neo4j'),
    )
    .addOption(
      new Option('--neo4j <uri>', 'use a Neo4j server instead (password in NEO4J_PASSWORD)'),
    )
    .addOption(new Option('--neo4j-user <user>', 'Neo4j user name').default(undefined, 'neo4j'))
    .addOption(new Option('--neo4j-database <name>', 'Neo4j database').default(undefined, 'neo4j'));
}

/** For commands that work on the embedded file only (serve, report). */
export function databasePath(options: StoreOptions): string {
  if (options.neo4j !== undefined) {
    throw new UsageError(
      'this command works on the embedded store only in this version; use --db FILE, or `xrm copy` to bring the network from Neo4j into a file.',
    );
  }
  return resolve(options.db ?? defaultDatabasePath());
}

export function storeTarget(options: StoreOptions): StoreTarget {
  if (options.neo4j === undefined) {
    return { kind: 'embedded', path: databasePath(options), named: options.db !== undefined };
  }
  return {
    kind: 'neo4j',
    uri: options.neo4j,
    user: options.neo4jUser ?? 'neo4j',
    database: options.neo4jDatabase ?? 'neo4j',
  };
}

/** Opens the chosen store, runs `use`, and always closes it again. */
export async function withStore<T>(
  io: CliIo,
  options: StoreOptions,
  mode: StoreMode,
  use: (store: GraphStore, where: string) => Promise<T>,
): Promise<T> {
  const target = storeTarget(options);
  const store = await openTarget(io, target, mode);
  try {
    return await use(store, describeTarget(target));
  } finally {
    await store.close();
  }
}

export function describeTarget(target: StoreTarget): string {
  return target.kind === 'embedded'
    ? target.path
    : `${target.uri} (Neo4j database "${target.database}")`;
}

export async function openTarget(
  io: CliIo,
  target: StoreTarget,
  mode: StoreMode,
): Promise<GraphStore> {
  if (target.kind === 'neo4j') return openNeo4j(io, target);
  const { path } = target;
  if (mode === 'read' && !existsSync(path)) {
    throw new XrmError(
      'not-found',
      `No database at ${path} — create one with \`xrm demo --db ${shellArg(path)}\` or import data.`,
    );
  }
  // The app's own folder may not exist before its first start; a folder the user named must.
  if (mode === 'write' && !target.named) mkdirSync(dirname(path), { recursive: true });
  // Loaded when a command needs it, so `--help` and usage errors answer at once.
  const { openEmbeddedStore } = await import('../backend/store/open-embedded-store.ts');
  return openEmbeddedStore(path);
}

async function openNeo4j(
  io: CliIo,
  target: Extract<StoreTarget, { kind: 'neo4j' }>,
): Promise<GraphStore> {
  const password = io.env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    // Never on the command line: it would end up in the shell history and in `ps`.
    throw new UsageError(
      `set the password for ${target.user} at ${target.uri} in the environment variable NEO4J_PASSWORD.`,
    );
  }
  const { openNeo4jStore } = await import('../backend/store/neo4j/open-neo4j-store.ts');
  return openNeo4jStore({ ...target, password });
}
