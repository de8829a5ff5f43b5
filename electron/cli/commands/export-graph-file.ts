import type { GraphReader } from '../../../shared/store/graph-store.ts';
import type { GraphExportCounts } from '../../backend/export/graphml-export.ts';

/**
 * GraphML and GEXF for Gephi, Cytoscape Desktop and yEd: stakeholders and
 * relationships with all their properties (interactions are not part of them).
 * Loaded on demand, so `--help` stays fast.
 */
export async function exportGraphFile(
  store: GraphReader,
  out: string,
  format: 'graphml' | 'gexf',
): Promise<GraphExportCounts> {
  if (format === 'graphml') {
    const { exportGraphml } = await import('../../backend/export/graphml-export.ts');
    return exportGraphml(store, out);
  }
  const { exportGexf } = await import('../../backend/export/gexf-export.ts');
  return exportGexf(store, out);
}
