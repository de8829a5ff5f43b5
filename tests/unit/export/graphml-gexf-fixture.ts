import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { loadDemo } from '../../../electron/backend/demo/load-demo.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';

export const XSD_DIR = join(import.meta.dirname, '../../fixtures/xsd');
export const GRAPHML_XSD = join(XSD_DIR, 'graphml-1.0/graphml.xsd');
export const GEXF_XSD = join(XSD_DIR, 'gexf-1.2draft/gexf.xsd');

/**
 * Names that break naive XML writers: markup characters, every script the demo
 * has, an astral-plane emoji, and characters XML 1.0 forbids outright.
 */
export const TRICKY_NAME = 'Ærø & <Søren> "Öztürk" ıİ ß 王芳 🚀\u0001\u000b\ufffe end';
export const TRICKY_NAME_IN_XML = 'Ærø & <Søren> "Öztürk" ıİ ß 王芳 🚀 end';

/** The characters of TRICKY_NAME that XML 1.0 cannot carry at all. */
const FORBIDDEN = ['\u0001', '\u000b', '\ufffe'];

export function withoutForbidden(text: string): string {
  return FORBIDDEN.reduce((rest, char) => rest.replaceAll(char, ''), text);
}

export interface ExportWorld {
  readonly store: GraphStore;
  readonly dir: string;
  close(): Promise<void>;
}

/** The demo network plus a few awkward records, in a real SQLite file. */
export async function exportWorld(): Promise<ExportWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'xrm-graph-export-'));
  const store = await openEmbeddedStore(join(dir, 'store.db'));
  await loadDemo(store);
  await store.upsertBatch({
    nodes: [
      {
        id: 'odd id/with spaces ü_1',
        kind: 'Contact',
        name: TRICKY_NAME,
        email: 'oeztuerk@example.com',
        notes: 'line one\nline two\ttabbed',
        properties: { 'Stärke des Kontakts': 3, 'VIP?': true, mixed: 'x' },
      },
      { id: 'plain-org', kind: 'Customer', name: 'Plain AG', properties: { mixed: 2 } },
    ],
    relationships: [
      { type: 'WORKS_FOR', source: 'odd id/with spaces ü_1', target: 'plain-org', strength: 0.75 },
      { type: 'KNOWS', source: 'odd id/with spaces ü_1', target: 'col-jonas-brenner' },
    ],
  });
  return {
    store,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function allOf(store: GraphStore): Promise<{
  nodes: StakeholderNode[];
  relationships: Relationship[];
}> {
  const nodes: StakeholderNode[] = [];
  const relationships: Relationship[] = [];
  for await (const page of store.streamNodes(50)) nodes.push(...page);
  for await (const page of store.streamRelationships(50)) relationships.push(...page);
  return { nodes, relationships };
}

/** xmllint against the vendored official schema; returns its verdict and messages. */
export function validate(file: string, xsd: string): { ok: boolean; messages: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, file], {
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return { ok: run.status === 0, messages: `${run.stdout}${run.stderr}` };
}

/** `type|source|target` of every edge, sorted: endpoints and direction, multiset-exact. */
export function edgeTriples(
  graph: AbstractGraph,
  idOf: (key: string) => string,
  typeOf: (attributes: Record<string, unknown>) => unknown,
): string[] {
  return graph
    .mapEdges((_edge, attributes, source, target) =>
      [typeOf(attributes), idOf(source), idOf(target)].join('|'),
    )
    .sort();
}
