import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { GraphReader } from '../../../shared/store/graph-store.ts';
import { exportAttributes, type AttributeSpec } from './graph-attributes.ts';
import { nmtoken, writeXmlFile, xmlText, type XmlFileWriter } from './xml-writer.ts';

export interface GraphExportOptions {
  readonly batchSize?: number;
}

export interface GraphExportCounts {
  readonly nodes: number;
  readonly relationships: number;
}

/** The store's own id, kept verbatim next to the NMTOKEN the format demands. */
export const XRM_ID_ATTRIBUTE = 'xrmId';

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`;

/**
 * `xrm export --format graphml`: GraphML 1.0 for yEd, Cytoscape Desktop and Gephi.
 * Keys are declared first from the model; nodes and then edges are streamed
 * from the store page by page. Edges are directed as stored (source -> target);
 * how influence may flow is in the `type` attribute.
 */
export async function exportGraphml(
  store: GraphReader,
  outPath: string,
  options: GraphExportOptions = {},
): Promise<GraphExportCounts> {
  const batchSize = options.batchSize ?? 5_000;
  const attributes = await exportAttributes(store, batchSize);
  const nodeKeys = keyed(attributes.node, 'n');
  const edgeKeys = keyed(attributes.relationship, 'e');
  return writeXmlFile(outPath, async (out) => {
    await out.write(HEADER);
    await out.write(keyLine('n_id', 'node', XRM_ID_ATTRIBUTE, 'string'));
    for (const key of nodeKeys) await out.write(keyLine(key.id, 'node', key.name, key.type));
    await out.write(keyLine('e_id', 'edge', XRM_ID_ATTRIBUTE, 'string'));
    for (const key of edgeKeys) await out.write(keyLine(key.id, 'edge', key.name, key.type));
    await out.write('  <graph id="xrm" edgedefault="directed">\n');
    const nodes = await writePages(out, store.streamNodes(batchSize), (node) =>
      nodeElement(node, nodeKeys),
    );
    const relationships = await writePages(out, store.streamRelationships(batchSize), (rel) =>
      edgeElement(rel, edgeKeys),
    );
    await out.write('  </graph>\n</graphml>\n');
    return { nodes, relationships };
  });
}

type Keyed<T> = AttributeSpec<T> & { readonly id: string };

function keyed<T>(specs: readonly AttributeSpec<T>[], prefix: string): Keyed<T>[] {
  return specs.map((spec, index) => ({ ...spec, id: `${prefix}${index}` }));
}

function keyLine(id: string, domain: 'node' | 'edge', name: string, type: string): string {
  // attr.name is an NMTOKEN too: extra property names may need encoding.
  return `  <key id="${id}" for="${domain}" attr.name="${nmtoken(name)}" attr.type="${type}"/>\n`;
}

function dataLines<T>(record: T, keys: readonly Keyed<T>[]): string {
  let lines = '';
  for (const key of keys) {
    const value = key.value(record);
    if (value === undefined) continue;
    lines += `      <data key="${key.id}">${xmlText(String(value))}</data>\n`;
  }
  return lines;
}

function nodeElement(node: StakeholderNode, keys: readonly Keyed<StakeholderNode>[]): string {
  return (
    `    <node id="${nmtoken(node.id)}">\n` +
    `      <data key="n_id">${xmlText(node.id)}</data>\n` +
    `${dataLines(node, keys)}    </node>\n`
  );
}

function edgeElement(rel: Relationship, keys: readonly Keyed<Relationship>[]): string {
  return (
    `    <edge id="${nmtoken(rel.id)}" source="${nmtoken(rel.source)}" target="${nmtoken(rel.target)}">\n` +
    `      <data key="e_id">${xmlText(rel.id)}</data>\n` +
    `${dataLines(rel, keys)}    </edge>\n`
  );
}

/** Writes every record of every page; returns how many there were. */
export async function writePages<T>(
  out: XmlFileWriter,
  pages: AsyncIterable<readonly T[]>,
  element: (record: T) => string,
): Promise<number> {
  let count = 0;
  for await (const page of pages) {
    for (const record of page) await out.write(element(record));
    count += page.length;
  }
  return count;
}
