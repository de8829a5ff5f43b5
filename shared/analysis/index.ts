/**
 * Influence analytics (DESIGN.md, "Path semantics"): pure functions over an
 * AnalysisNetwork (a whole store, read lean) or a graphology AnalysisGraph
 * (subgraphs), both built from stored nodes and relationships.
 */
export * from './analysis-graph.ts';
export { AnalysisNetwork, buildAnalysisNetwork, networkFromRecords } from './analysis-network.ts';
export { networkOf, type AnalysisSource } from './analysis-source.ts';
export * from './hop-weight.ts';
export * from './path-types.ts';
export { DEFAULT_K, DEFAULT_MAX_HOPS, peopleOf, type PathOptions } from './path-query.ts';
export {
  CONSENT_DENIED_REASON,
  findKBestPaths,
  rankedPaths,
  type RankedPath,
} from './find-paths.ts';
export { explainPath, type ExplainOptions } from './path-explain.ts';
export * from './brokers.ts';
export * from './key-person-risk.ts';
export * from './coverage.ts';
export * from './metrics-graph.ts';
export { buildCsr, brandesBetweenness, type Csr } from './csr.ts';
export * from './centrality.ts';
export * from './communities.ts';
