import { XrmError } from '../errors.ts';
import type { AnalysisNetwork } from './analysis-network.ts';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
import { explainHops, pathRelationships, scoreOf } from './path-explain.ts';
import { compileQuery, DEFAULT_K, type CompiledQuery, type PathOptions } from './path-query.ts';
import type { PathsResult, ScoredPath } from './path-types.ts';
import { kBestPaths, withBounds, type CostedPath } from './yen.ts';

export const CONSENT_DENIED_REASON = 'consent denied';

/**
 * The k best paths to `options.to` (DESIGN.md, "Path semantics"):
 * `{paths: [{score, hops, nodes, relationships, flagged?, explanation}], excluded: [{id, reason}]}`.
 *
 * `excluded` lists the people with denied consent who would have been on the k best
 * paths had consent not mattered (so the list names who was skipped, not everyone
 * with denied consent in the network). It is empty with `includeNoConsent`, where
 * paths through such people are returned with `flagged: true` instead.
 */
export function findKBestPaths(source: AnalysisSource, options: PathOptions): PathsResult {
  const k = checkK(options.k ?? DEFAULT_K);
  const network = networkOf(source);
  const query = compileQuery(network, options);
  const asPaths = (raws: CostedPath[]) =>
    raws.map((raw) => toScoredPath(network, query, raw, options));
  if (options.includeNoConsent) return { paths: asPaths(kBestPaths(query, k)), excluded: [] };
  // Search as if consent did not matter first: if none of those k paths uses a
  // person who denied consent, they are the answer as well, at the cost of one
  // search. Otherwise the consent-bound search reuses its bounds: every walk
  // that respects consent is a walk of the search that ignores it.
  const ignoring = compileQuery(network, { ...options, includeNoConsent: true });
  if (ignoring.sources.length === 0) return { paths: [], excluded: [] };
  return withBounds(ignoring, (bounds) => {
    const unrestricted = kBestPaths(ignoring, k, bounds);
    const skipped = deniedOnPaths(query, unrestricted, options.to);
    if (skipped.length === 0) return { paths: asPaths(unrestricted), excluded: [] };
    return {
      paths: asPaths(kBestPaths(query, k, bounds)),
      excluded: skipped.map((id) => ({ id, reason: CONSENT_DENIED_REASON })),
    };
  });
}

/** People with denied consent on the paths, other than the chosen target, sorted by id. */
function deniedOnPaths(query: CompiledQuery, paths: readonly CostedPath[], to: string): string[] {
  const skipped = new Set<string>();
  for (const path of paths) {
    for (const v of path.nodes.slice(1)) {
      const id = query.index.ids[v]!;
      if (query.isDenied[v] && id !== to) skipped.add(id);
    }
  }
  return [...skipped].sort();
}

function toScoredPath(
  network: AnalysisNetwork,
  query: CompiledQuery,
  raw: CostedPath,
  options: PathOptions,
): ScoredPath {
  const nodes = raw.nodes.map((v) => query.index.ids[v]!);
  const explanation = explainHops(network, nodes, raw.rels, options);
  const flagged = raw.nodes.slice(1).some((v) => query.isDenied[v] === 1);
  return {
    score: scoreOf(explanation),
    hops: raw.rels.length,
    nodes,
    relationships: pathRelationships(network, raw.rels),
    ...(flagged ? { flagged: true as const } : {}),
    explanation,
  };
}

function checkK(k: number): number {
  if (!Number.isInteger(k) || k < 1)
    throw new XrmError('invalid-input', `k must be a whole number ≥ 1, got ${k}.`);
  return k;
}

/** Scored paths without explanations, for aggregates (brokers, risk, coverage). */
export interface RankedPath {
  readonly score: number;
  readonly nodes: readonly string[];
}

export function rankedPaths(source: AnalysisSource, options: PathOptions): RankedPath[] {
  const query = compileQuery(networkOf(source), options);
  return kBestPaths(query, checkK(options.k ?? DEFAULT_K)).map((raw) => ({
    score: Math.exp(-raw.cost),
    nodes: raw.nodes.map((v) => query.index.ids[v]!),
  }));
}
