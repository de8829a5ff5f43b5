import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { GraphReader } from '../../../shared/store/graph-store.ts';
import {
  NODE_ATTRIBUTES,
  PropertyCollector,
  RELATIONSHIP_ATTRIBUTES,
  type AttributeSpec,
  type PropertyDeclaration,
} from './graph-attributes.ts';
import {
  nmtoken,
  withDeclarationRoom,
  writeXmlFile,
  xmlText,
  type XmlFileWriter,
} from './xml-writer.ts';

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
 * Keys are declared first (the model's, then the extra properties the one pass
 * over the store met); nodes and then edges are streamed from the store page by page. Edges are directed as stored (source -> target);
 * how influence may flow is in the `type` attribute.
 */
export async function exportGraphml(
  store: GraphReader,
  outPath: string,
  options: GraphExportOptions = {},
): Promise<GraphExportCounts> {
  const batchSize = options.batchSize ?? 5_000;
  return withDeclarationRoom((room) =>
    writeXmlFile(outPath, async (out) => {
      const nodeProperties = new PropertyCollector(NODE_ATTRIBUTES.length);
      const relProperties = new PropertyCollector(RELATIONSHIP_ATTRIBUTES.length);
      await out.write(HEADER);
      // The keys go here once the records have shown which properties exist.
      const declared = await out.reserve(room);
      await out.write('  <graph id="xrm" edgedefault="directed">\n');
      const nodes = await writePages(out, store.streamNodes(batchSize), (node) =>
        nodeElement(node, nodeProperties),
      );
      const relationships = await writePages(out, store.streamRelationships(batchSize), (rel) =>
        edgeElement(rel, relProperties),
      );
      await out.write('  </graph>\n</graphml>\n');
      out.fill(
        declared,
        keyLine('n_id', 'node', XRM_ID_ATTRIBUTE, 'string') +
          keyLines('n', 'node', [...NODE_ATTRIBUTES, ...nodeProperties.declarations]) +
          keyLine('e_id', 'edge', XRM_ID_ATTRIBUTE, 'string') +
          keyLines('e', 'edge', [...RELATIONSHIP_ATTRIBUTES, ...relProperties.declarations]),
      );
      return { nodes, relationships };
    }),
  );
}

function keyLines(prefix: string, domain: 'node' | 'edge', specs: readonly PropertyDeclaration[]) {
  return specs
    .map((spec, index) => keyLine(`${prefix}${index}`, domain, spec.name, spec.type))
    .join('');
}

function keyLine(id: string, domain: 'node' | 'edge', name: string, type: string): string {
  // attr.name is an NMTOKEN too: extra property names may need encoding.
  return `  <key id="${id}" for="${domain}" attr.name="${nmtoken(name)}" attr.type="${type}"/>\n`;
}

function dataLines<
  T extends { readonly properties?: Parameters<PropertyCollector['valuesOf']>[0] },
>(
  record: T,
  specs: readonly AttributeSpec<T>[],
  prefix: string,
  properties: PropertyCollector,
): string {
  let lines = '';
  for (let index = 0; index < specs.length; index++) {
    const value = specs[index]!.value(record);
    if (value === undefined) continue;
    lines += `      <data key="${prefix}${index}">${xmlText(String(value))}</data>\n`;
  }
  for (const [index, value] of properties.valuesOf(record.properties)) {
    lines += `      <data key="${prefix}${index}">${xmlText(value)}</data>\n`;
  }
  return lines;
}

function nodeElement(node: StakeholderNode, properties: PropertyCollector): string {
  return (
    `    <node id="${nmtoken(node.id)}">\n` +
    `      <data key="n_id">${xmlText(node.id)}</data>\n` +
    `${dataLines(node, NODE_ATTRIBUTES, 'n', properties)}    </node>\n`
  );
}

function edgeElement(rel: Relationship, properties: PropertyCollector): string {
  return (
    `    <edge id="${nmtoken(rel.id)}" source="${nmtoken(rel.source)}" target="${nmtoken(rel.target)}">\n` +
    `      <data key="e_id">${xmlText(rel.id)}</data>\n` +
    `${dataLines(rel, RELATIONSHIP_ATTRIBUTES, 'e', properties)}    </edge>\n`
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
