import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { AbstractGraph } from 'graphology-types';
import { networkOf, type AnalysisSource } from './analysis-source.ts';
import { cjsFunction } from './cjs-interop.ts';
import { brandesBetweenness, buildCsr } from './csr.ts';
import { metricsGraph, type MetricsOptions } from './metrics-graph.ts';

type Pagerank = (
  graph: AbstractGraph,
  options: { alpha: number; getEdgeWeight: string | null },
) => Record<string, number>;
const pagerank = cjsFunction<Pagerank>(pagerankModule);

export const CENTRALITY_METRICS = ['betweenness', 'pagerank', 'degree'] as const;
export type CentralityMetric = (typeof CENTRALITY_METRICS)[number];

export interface CentralityOptions extends MetricsOptions {
  /** PageRank damping; 0.85 as in NetworkX and the original paper. */
  readonly alpha?: number;
  /** Betweenness and degree as NetworkX normalises them (default true). */
  readonly normalized?: boolean;
}

/** The `centrality` JSON of DESIGN.md: `{metric, scores: [{id, name, score}]}`, best first. */
export interface CentralityResult {
  readonly metric: CentralityMetric;
  readonly scores: readonly {
    readonly id: string;
    readonly name: string;
    readonly score: number;
  }[];
}

export function centrality(
  source: AnalysisSource,
  metric: CentralityMetric,
  options: CentralityOptions = {},
): CentralityResult {
  const network = networkOf(source);
  const values = centralityValues(network, metric, options);
  const scores = [...values].map(([id, score]) => ({
    id,
    name: network.node(id).name,
    score,
  }));
  scores.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  return { metric, scores };
}

/** Raw values by node id, on the (filtered) network of `options`. */
export function centralityValues(
  source: AnalysisSource,
  metric: CentralityMetric,
  options: CentralityOptions = {},
): Map<string, number> {
  const projection = metricsGraph(source, options);
  switch (metric) {
    case 'betweenness': {
      const csr = buildCsr(projection);
      const values = brandesBetweenness(csr, options.normalized ?? true);
      return new Map(csr.ids.map((id, i) => [id, values[i]!]));
    }
    case 'pagerank': {
      const ranks = pagerank(projection, {
        alpha: options.alpha ?? 0.85,
        getEdgeWeight: options.weighted ? 'weight' : null,
      });
      return new Map(Object.entries(ranks));
    }
    case 'degree': {
      // NetworkX's degree_centrality: degree / (n − 1); in + out for directed graphs.
      const n = projection.order;
      const scale = (options.normalized ?? true) && n > 1 ? 1 / (n - 1) : 1;
      return new Map(
        projection.mapNodes((id: string) => [id, projection.degree(id) * scale] as const),
      );
    }
  }
}
