import { XrmError } from '../../../shared/errors.ts';
import type { BatchSummary, GraphStore } from '../../../shared/store/graph-store.ts';
import { demoNetwork } from './demo-network.ts';

export type DemoLoadSummary = BatchSummary & { readonly interactions: number };

/**
 * Writes the demo network: stakeholders and relationships in one batch, then the
 * year of interactions through the closed loop, oldest first. Loading twice
 * changes nothing: interactions already logged (same id) are skipped.
 */
export async function loadDemo(store: GraphStore): Promise<DemoLoadSummary> {
  const network = demoNetwork();
  const summary = await store.upsertBatch({
    nodes: network.nodes,
    relationships: network.relationships,
  });
  let interactions = 0;
  for (const interaction of network.interactions) {
    try {
      await store.logInteraction(interaction);
      interactions += 1;
    } catch (error) {
      if (!(error instanceof XrmError && error.code === 'conflict')) throw error;
    }
  }
  return { ...summary, interactions };
}
