import { analysisServiceFor } from '../analysis/analysis-registry.ts';
import type { DomainHandlers } from '../ipc/handler-types.ts';

/**
 * The analysis domain (DESIGN.md "Path semantics"): routes, brokers and risk,
 * what-if, network metrics. Shapes are documented on the schemas in
 * shared/domain/analysis.schema.ts; the network is cached per store and dropped
 * on every `store:changed`.
 */
export const analysisHandlers = {
  'analysis:find-paths': async (input, context) => analysisServiceFor(context).findPaths(input),
  'analysis:account-influence': async (input, context) =>
    analysisServiceFor(context).accountInfluence(input),
  'analysis:what-if-removed': async (input, context) =>
    analysisServiceFor(context).whatIfRemoved(input),
  'analysis:centrality': async (input, context) => analysisServiceFor(context).centrality(input),
  'analysis:communities': async (input, context) => analysisServiceFor(context).communities(input),
} satisfies DomainHandlers<'analysis'>;
