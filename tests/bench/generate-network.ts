import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NodeInput, RelationshipInput } from '../../graph-schema/index.ts';
import { writeNetworkCsv } from './network-csv.ts';
import { layoutNodes } from './network-nodes.ts';
import { generateRelationships } from './network-relationships.ts';
import { Prng } from './prng.ts';

export { GENERATED_AS_OF } from './network-relationships.ts';

/** Bump when the output changes, so cached CSV files are regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20261122;

export interface NetworkSpec {
  readonly relationships: number;
  /** Default: relationships / 10. */
  readonly nodes?: number;
  readonly seed?: number;
}

export interface GeneratedNetwork {
  readonly nodes: NodeInput[];
  readonly relationships: RelationshipInput[];
  readonly keyAccounts: string[];
}

/** A deterministic synthetic stakeholder network: same spec, same network, byte for byte. */
export function generateNetwork(spec: NetworkSpec): GeneratedNetwork {
  const rng = new Prng(spec.seed ?? DEFAULT_SEED);
  const layout = layoutNodes(spec.nodes ?? Math.round(spec.relationships / 10), rng);
  const relationships = generateRelationships(layout, spec.relationships, rng);
  return { nodes: layout.nodes, relationships, keyAccounts: layout.keyAccounts };
}

export interface NetworkFiles {
  readonly dir: string;
  readonly nodesCsv: string;
  readonly relationshipsCsv: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly keyAccounts: readonly string[];
}

/** Writes the canonical CSV pair into `dir` unless a matching one is already there. */
export function ensureNetworkCsv(spec: NetworkSpec, dir: string): NetworkFiles {
  const metaPath = join(dir, 'meta.json');
  const files = {
    dir,
    nodesCsv: join(dir, 'nodes.csv'),
    relationshipsCsv: join(dir, 'relationships.csv'),
  };
  const wanted = { version: GENERATOR_VERSION, spec };
  if (existsSync(metaPath) && existsSync(files.relationshipsCsv)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as typeof wanted &
      Omit<NetworkFiles, 'dir'>;
    if (JSON.stringify({ version: meta.version, spec: meta.spec }) === JSON.stringify(wanted)) {
      return { ...meta, ...files };
    }
  }
  mkdirSync(dir, { recursive: true });
  const network = generateNetwork(spec);
  writeNetworkCsv(network, files.nodesCsv, files.relationshipsCsv);
  const summary = {
    nodes: network.nodes.length,
    relationships: network.relationships.length,
    keyAccounts: network.keyAccounts,
  };
  writeFileSync(metaPath, JSON.stringify({ ...wanted, ...files, ...summary }));
  return { ...files, ...summary };
}
