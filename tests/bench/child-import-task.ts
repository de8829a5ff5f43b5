import { openEmbeddedStore } from '../../electron/backend/store/open-embedded-store.ts';
import { runImport } from '../../electron/backend/import/run-import.ts';
import { freshDb, seconds } from './child-common.ts';

/** The nodes file, then the relationships file, each timed: what every import row measures. */
export async function importBothFiles(
  store: Parameters<typeof runImport>[0],
  files: { nodesCsv: string; relationshipsCsv: string },
) {
  let t = performance.now();
  const nodes = await runImport(store, { file: files.nodesCsv, as: 'nodes' });
  const nodesSeconds = seconds(t);
  t = performance.now();
  const rels = await runImport(store, { file: files.relationshipsCsv, as: 'relationships' });
  return { nodes, rels, nodesSeconds, relationshipsSeconds: seconds(t) };
}

/** CSV -> embedded store through the app's import pipeline (parse, validate, write). */
export async function importTask(args: { nodesCsv: string; relationshipsCsv: string; db: string }) {
  freshDb(args.db);
  const store = await openEmbeddedStore(args.db);
  try {
    const { nodes, rels, nodesSeconds, relationshipsSeconds } = await importBothFiles(store, args);
    const errors = [...nodes.errors, ...rels.errors]
      .slice(0, 3)
      .map((e) => `${e.line}: ${e.message}`);
    return {
      nodesSeconds,
      nodeRows: nodes.rows,
      relationshipsSeconds,
      relationshipRows: rels.rows,
      created: rels.created,
      errorCount: nodes.errorCount + rels.errorCount,
      errors,
    };
  } finally {
    await store.close();
    freshDb(args.db);
  }
}
