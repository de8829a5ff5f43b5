import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { GraphReader } from '../../../shared/store/graph-store.ts';
import {
  NODE_ATTRIBUTES,
  PropertyCollector,
  RELATIONSHIP_ATTRIBUTES,
  type AttributeSpec,
  type PropertyDeclaration,
} from './graph-attributes.ts';
import { writePages, type GraphExportCounts, type GraphExportOptions } from './graphml-export.ts';
import { withDeclarationRoom, writeXmlFile, xmlAttribute } from './xml-writer.ts';

/**
 * GEXF 1.2 ("1.2draft" namespace): the version whose official XSD we can vendor
 * and validate against offline, and the one Gephi, Cytoscape's GEXF reader and
 * graphology all read. An edge's `label` is its relationship type, its `weight`
 * the strength.
 */
export const GEXF_NAMESPACE = 'http://www.gexf.net/1.2draft';

const header = (date: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="${GEXF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="${GEXF_NAMESPACE} http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta lastmodifieddate="${date}">
    <creator>XRM Explorer</creator>
    <description>Stakeholder network</description>
  </meta>
  <graph mode="static" defaultedgetype="directed">
`;

/** `xrm export --format gexf`, streamed like GraphML, in one pass over the store. */
export async function exportGexf(
  store: GraphReader,
  outPath: string,
  options: GraphExportOptions & { readonly date?: string } = {},
): Promise<GraphExportCounts> {
  const batchSize = options.batchSize ?? 5_000;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  return withDeclarationRoom((room) =>
    writeXmlFile(outPath, async (out) => {
      const nodeProperties = new PropertyCollector(NODE_ATTRIBUTES.length);
      const relProperties = new PropertyCollector(RELATIONSHIP_ATTRIBUTES.length);
      await out.write(header(date));
      // The declarations go here once the records have shown which properties exist.
      const declared = await out.reserve(room);
      await out.write('    <nodes>\n');
      const nodes = await writePages(out, store.streamNodes(batchSize), (node) =>
        nodeElement(node, nodeProperties),
      );
      await out.write('    </nodes>\n    <edges>\n');
      const relationships = await writePages(out, store.streamRelationships(batchSize), (rel) =>
        edgeElement(rel, relProperties),
      );
      await out.write('    </edges>\n  </graph>\n</gexf>\n');
      out.fill(
        declared,
        declarations('node', [...NODE_ATTRIBUTES, ...nodeProperties.declarations]) +
          declarations('edge', [...RELATIONSHIP_ATTRIBUTES, ...relProperties.declarations]),
      );
      return { nodes, relationships };
    }),
  );
}

function declarations(domain: 'node' | 'edge', specs: readonly PropertyDeclaration[]): string {
  const lines = specs.map(
    (spec, index) =>
      `      <attribute id="${index}" title="${xmlAttribute(spec.name)}" type="${spec.type}"/>\n`,
  );
  return `    <attributes class="${domain}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<
  T extends { readonly properties?: Parameters<PropertyCollector['valuesOf']>[0] },
>(record: T, specs: readonly AttributeSpec<T>[], properties: PropertyCollector): string {
  let lines = '';
  for (let index = 0; index < specs.length; index++) {
    const value = specs[index]!.value(record);
    if (value === undefined) continue;
    lines += `          <attvalue for="${index}" value="${xmlAttribute(String(value))}"/>\n`;
  }
  for (const [index, value] of properties.valuesOf(record.properties)) {
    lines += `          <attvalue for="${index}" value="${xmlAttribute(value)}"/>\n`;
  }
  return lines === '' ? '' : `        <attvalues>\n${lines}        </attvalues>\n`;
}

function nodeElement(node: StakeholderNode, properties: PropertyCollector) {
  return (
    `      <node id="${xmlAttribute(node.id)}" label="${xmlAttribute(node.name)}">\n` +
    `${attvalues(node, NODE_ATTRIBUTES, properties)}      </node>\n`
  );
}

function edgeElement(rel: Relationship, properties: PropertyCollector) {
  return (
    `      <edge id="${xmlAttribute(rel.id)}" source="${xmlAttribute(rel.source)}" ` +
    `target="${xmlAttribute(rel.target)}" label="${rel.type}" weight="${rel.strength}">\n` +
    `${attvalues(rel, RELATIONSHIP_ATTRIBUTES, properties)}      </edge>\n`
  );
}
