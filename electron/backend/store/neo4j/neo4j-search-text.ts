import { isPersonKind } from '../../../../graph-schema/index.ts';
import { indexText } from '../../../../shared/search/fold-text.ts';
import { asString } from './neo4j-values.ts';
import { nodeFromProps } from './neo4j-mapping.ts';
import { chunks, NODE_FIELDS, STAKEHOLDER } from './neo4j-cypher.ts';
import { rows, type Tx } from './neo4j-session.ts';

/**
 * The store keeps three properties for the full-text index beside the model's own:
 * `organization` (the names of the organisations a person WORKS_FOR),
 * `tagsText` (tags as one string: Lucene does not index lists) and
 * `searchText` (every searchable word folded as shared/search/fold-text does,
 * with German spellings, so "mueller" finds "Müller" exactly as in the embedded store).
 */
const LOAD = `UNWIND $ids AS id
  MATCH (n:${STAKEHOLDER} {id: id})
  OPTIONAL MATCH (n)-[w:WORKS_FOR]->(o:${STAKEHOLDER})
  WITH n, w, o ORDER BY w.strength DESC, o.name
  WITH n, collect(o.name) AS organisations
  RETURN ${NODE_FIELDS}, organisations`;

const SAVE = `UNWIND $rows AS row
  MATCH (n:${STAKEHOLDER} {id: row.id})
  SET n.organization = row.organization, n.tagsText = row.tagsText, n.searchText = row.searchText`;

export async function refreshSearchText(tx: Tx, ids: Iterable<string>): Promise<void> {
  for (const slice of chunks([...new Set(ids)])) {
    const loaded = await rows(tx, LOAD, { ids: slice });
    const updates = loaded.flatMap((row) => {
      const node = nodeFromProps(row.props, row.labels as unknown[]);
      if (!node) return [];
      const organisations = isPersonKind(node.kind)
        ? (row.organisations as unknown[]).flatMap((name) => asString(name) ?? [])
        : [];
      return [
        {
          id: node.id,
          organization: organisations.length > 0 ? organisations.join(', ') : null,
          tagsText: node.tags.length > 0 ? node.tags.join(' ') : null,
          searchText: indexText(
            node.name,
            ...organisations,
            node.title,
            node.email,
            ...node.tags,
            node.city,
            node.country,
            node.notes,
          ),
        },
      ];
    });
    if (updates.length > 0) await rows(tx, SAVE, { rows: updates });
  }
}

/** The people who work for these organisations: their `organization` names them. */
export async function employeesOf(tx: Tx, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const found = await rows(
    tx,
    `MATCH (p:${STAKEHOLDER})-[:WORKS_FOR]->(o:${STAKEHOLDER}) WHERE o.id IN $ids RETURN DISTINCT p.id AS id`,
    { ids: organisationIds },
  );
  return found.flatMap((row) => asString(row.id) ?? []);
}
