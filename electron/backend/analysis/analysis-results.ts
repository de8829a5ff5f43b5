import type {
  AnalysisNetwork,
  ExcludedStakeholder,
  PathsResult,
  ScoredPath,
} from '../../../shared/analysis/index.ts';
import type { PathsOutput, StakeholderRef } from '../../../shared/domain/analysis.schema.ts';
import type { StakeholderNode } from '../../../graph-schema/index.ts';

/** `{id, name, kind}` of a stored node. */
export function refOf(node: Pick<StakeholderNode, 'id' | 'name' | 'kind'>): StakeholderRef {
  return { id: node.id, name: node.name, kind: node.kind };
}

/**
 * The paths answer as the wire carries it: the analytics' result plus the names of
 * the target and everyone on the paths (so a panel or a terminal can label the
 * start node, and the target even when no path reaches it), names for the excluded
 * people, and the notes on how complete the answer is.
 */
export function pathsOutput(
  graph: AnalysisNetwork,
  target: string,
  result: PathsResult,
  notes: readonly string[],
): PathsOutput {
  const onPaths = new Set([target, ...result.paths.flatMap((path) => path.nodes)]);
  return {
    paths: result.paths,
    excluded: result.excluded.map((entry) => named(graph, entry)),
    stakeholders: [...onPaths].map((id) => refOf(graph.node(id))),
    notes,
  };
}

function named(graph: AnalysisNetwork, entry: ExcludedStakeholder) {
  return { ...entry, name: graph.node(entry.id).name };
}

/** Whether the path walks through (or ends at) `id`; the start is ours and cannot leave. */
export function passesThrough(path: ScoredPath, id: string): boolean {
  return path.nodes.includes(id);
}
