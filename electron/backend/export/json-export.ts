import { open, rename, rm } from 'node:fs/promises';
import type { GraphReader } from '../../../shared/store/graph-store.ts';
import { XRM_DOCUMENT_FORMAT, XRM_DOCUMENT_VERSION, type DocumentCounts } from './json-document.ts';

/**
 * Writes the whole store as one JSON document, page by page, so memory stays
 * flat however big the network is. The file appears only when complete.
 */
export async function exportJson(
  store: GraphReader,
  outPath: string,
  exportedAt = new Date().toISOString(),
): Promise<DocumentCounts> {
  const partial = `${outPath}.partial`;
  const file = await open(partial, 'w');
  try {
    const header = { format: XRM_DOCUMENT_FORMAT, version: XRM_DOCUMENT_VERSION, exportedAt };
    await file.write(`${JSON.stringify(header).slice(0, -1)},\n`);
    const nodes = await writeArray(file, 'nodes', store.streamNodes(), ',');
    const relationships = await writeArray(file, 'relationships', store.streamRelationships(), ',');
    const interactions = await writeArray(file, 'interactions', store.streamInteractions(), '');
    await file.write('}\n');
    await file.close();
    await rename(partial, outPath);
    return { nodes, relationships, interactions };
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeArray(
  file: Awaited<ReturnType<typeof open>>,
  key: string,
  pages: AsyncIterable<readonly unknown[]>,
  after: string,
): Promise<number> {
  await file.write(`"${key}":[`);
  let count = 0;
  for await (const page of pages) {
    if (page.length === 0) continue;
    const lines = page.map((record) => JSON.stringify(record)).join(',\n');
    await file.write(`${count === 0 ? '\n' : ',\n'}${lines}`);
    count += page.length;
  }
  await file.write(`${count === 0 ? '' : '\n'}]${after}\n`);
  return count;
}
