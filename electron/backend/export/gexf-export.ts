import type { Relationship, StakeholderNode } from '../../../graph-schema/index.ts';
import type { GraphReader } from '../../../shared/store/graph-store.ts';
import { exportAttributes, type AttributeSpec } from './graph-attributes.ts';
import { writePages, type GraphExportCounts, type GraphExportOptions } from './graphml-export.ts';
import { writeXmlFile, xmlAttribute } from './xml-writer.ts';

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

/** `xrm export --format gexf`, streamed like GraphML. */
export async function exportGexf(
  store: GraphReader,
  outPath: string,
  options: GraphExportOptions & { readonly date?: string } = {},
): Promise<GraphExportCounts> {
  const batchSize = options.batchSize ?? 5_000;
  const attributes = await exportAttributes(store, batchSize);
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  return writeXmlFile(outPath, async (out) => {
    await out.write(header(date));
    await out.write(declarations('node', attributes.node));
    await out.write(declarations('edge', attributes.relationship));
    await out.write('    <nodes>\n');
    const nodes = await writePages(out, store.streamNodes(batchSize), (node) =>
      nodeElement(node, attributes.node),
    );
    await out.write('    </nodes>\n    <edges>\n');
    const relationships = await writePages(out, store.streamRelationships(batchSize), (rel) =>
      edgeElement(rel, attributes.relationship),
    );
    await out.write('    </edges>\n  </graph>\n</gexf>\n');
    return { nodes, relationships };
  });
}

function declarations<T>(domain: 'node' | 'edge', specs: readonly AttributeSpec<T>[]): string {
  const lines = specs.map(
    (spec, index) =>
      `      <attribute id="${index}" title="${xmlAttribute(spec.name)}" type="${spec.type}"/>\n`,
  );
  return `    <attributes class="${domain}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<T>(record: T, specs: readonly AttributeSpec<T>[]): string {
  let lines = '';
  specs.forEach((spec, index) => {
    const value = spec.value(record);
    if (value === undefined) return;
    lines += `          <attvalue for="${index}" value="${xmlAttribute(String(value))}"/>\n`;
  });
  return lines === '' ? '' : `        <attvalues>\n${lines}        </attvalues>\n`;
}

function nodeElement(node: StakeholderNode, specs: readonly AttributeSpec<StakeholderNode>[]) {
  return (
    `      <node id="${xmlAttribute(node.id)}" label="${xmlAttribute(node.name)}">\n` +
    `${attvalues(node, specs)}      </node>\n`
  );
}

function edgeElement(rel: Relationship, specs: readonly AttributeSpec<Relationship>[]) {
  return (
    `      <edge id="${xmlAttribute(rel.id)}" source="${xmlAttribute(rel.source)}" ` +
    `target="${xmlAttribute(rel.target)}" label="${rel.type}" weight="${rel.strength}">\n` +
    `${attvalues(rel, specs)}      </edge>\n`
  );
}
