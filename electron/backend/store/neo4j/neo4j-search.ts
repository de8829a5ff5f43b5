import {
  NEO4J_FULLTEXT_INDEX,
  NODE_KINDS,
  SEARCH_WEIGHTS,
  type NodeKind,
} from '../../../../graph-schema/index.ts';
import { foldText, indexTerms, queryTerms } from '../../../../shared/search/fold-text.ts';
import type { SearchHit, SearchQuery } from '../../../../shared/store/graph-store.ts';
import { STAKEHOLDER } from './neo4j-cypher.ts';
import { rows, type Tx } from './neo4j-session.ts';
import { asNumber, asString, int, plain } from './neo4j-values.ts';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

/**
 * Fields of the full-text index with the embedded store's column weights.
 * `name`, `title` and `email` are the model's own properties (so a graph loaded
 * by plain Cypher is searchable); `organization`, `tagsText` and `searchText`
 * are kept by the store (see neo4j-search-text.ts).
 */
const FIELD_BOOSTS: readonly (readonly [string, number])[] = [
  ['name', SEARCH_WEIGHTS.name],
  ['organization', SEARCH_WEIGHTS.organization],
  ['title', SEARCH_WEIGHTS.title],
  ['email', SEARCH_WEIGHTS.email],
  ['tagsText', SEARCH_WEIGHTS.tags],
  ['searchText', SEARCH_WEIGHTS.other],
];

const SEARCH = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
  WITH node AS n, score
  WHERE n:${STAKEHOLDER} AND ($kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds))
  WITH n, score ORDER BY score DESC LIMIT $candidates
  OPTIONAL MATCH (n)-[w:WORKS_FOR]->(o:${STAKEHOLDER})
  WITH n, score, w, o ORDER BY w.strength DESC, o.name
  WITH n, score, collect(o.name) AS organisations
  RETURN n.id AS id, [label IN labels(n) WHERE label IN $allKinds][0] AS kind, n.name AS name,
         n.title AS title, n.email AS email, organisations, score`;

/**
 * Every word must match as a prefix, in any field; Lucene ranks by field boost.
 * On top, as in the embedded store, a name that is exactly the query, or holds
 * every query word whole, goes first.
 */
export async function searchNodes(tx: Tx, query: SearchQuery): Promise<SearchHit[]> {
  const terms = queryTerms(query.text);
  if (terms.length === 0) return [];
  const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
  const found = await rows(tx, SEARCH, {
    index: NEO4J_FULLTEXT_INDEX,
    query: luceneQuery(terms),
    kinds: query.kinds && query.kinds.length > 0 ? [...query.kinds] : null,
    allKinds: [...NODE_KINDS],
    candidates: int(Math.max(limit * 4, 50)),
  });
  const hits = found.flatMap((row) => toHit(row, query.text, terms) ?? []);
  hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return hits.slice(0, limit);
}

/** Lucene's special characters, escaped: user text is never query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** `+(name:muller*^10 organization:muller*^4 …) +(…)`: all words, each anywhere. */
export function luceneQuery(terms: readonly (readonly string[])[]): string {
  return terms
    .map((alternatives) => {
      const clauses = alternatives.flatMap((term) =>
        FIELD_BOOSTS.map(([field, boost]) => `${field}:${escapeLucene(term)}*^${boost}`),
      );
      return `+(${clauses.join(' ')})`;
    })
    .join(' ');
}

function toHit(
  row: Record<string, unknown>,
  text: string,
  terms: readonly (readonly string[])[],
): SearchHit | undefined {
  const id = asString(row.id);
  const kind = row.kind as NodeKind | null;
  if (!id || !kind) return undefined;
  const name = asString(row.name) ?? id;
  const title = asString(row.title);
  const email = asString(row.email);
  const organisations = (row.organisations as unknown[]).flatMap((o) => asString(o) ?? []);
  return {
    id,
    kind,
    name,
    ...(title !== undefined && { title }),
    ...(organisations.length > 0 && { organization: organisations.join(', ') }),
    ...(email !== undefined && { email }),
    score: nameBonus(name, text, terms) + (asNumber(plain(row.score)) ?? 0),
  };
}

function nameBonus(name: string, text: string, terms: readonly (readonly string[])[]): number {
  if (foldText(name) === foldText(text).trim()) return 2000;
  const words = new Set(indexTerms(name));
  return terms.every((alternatives) => alternatives.some((t) => words.has(t))) ? 1000 : 0;
}
