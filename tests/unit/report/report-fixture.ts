import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemo } from '../../../electron/backend/demo/load-demo.ts';
import { openEmbeddedStore } from '../../../electron/backend/store/open-embedded-store.ts';
import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import { buildAnalysisGraph, type AnalysisGraph } from '../../../shared/analysis/index.ts';
import type { GraphStore } from '../../../shared/store/graph-store.ts';

export interface DemoStore {
  readonly store: GraphStore;
  readonly dir: string;
  readonly path: string;
  close(): Promise<void>;
}

/** The demo network in a real SQLite file in a fresh temporary folder. */
export async function demoStore(): Promise<DemoStore> {
  const dir = mkdtempSync(join(tmpdir(), 'xrm-report-'));
  const path = join(dir, 'demo.db');
  const store = await openEmbeddedStore(path);
  await loadDemo(store);
  return {
    store,
    dir,
    path,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The whole store as an analysis graph: the independent reference for the report's subgraph. */
export async function wholeGraph(store: GraphStore): Promise<AnalysisGraph> {
  const nodes: StakeholderNode[] = [];
  const relationships: Relationship[] = [];
  for await (const page of store.streamNodes()) nodes.push(...page);
  for await (const page of store.streamRelationships()) relationships.push(...page);
  return buildAnalysisGraph(nodes, relationships);
}
