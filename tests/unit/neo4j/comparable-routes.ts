import type { PathsOutput } from '../../../shared/domain/analysis.schema.ts';

/** What must agree between the stores: the routes, in order, with their scores. */
export function comparableRoutes(output: PathsOutput) {
  return {
    paths: output.paths.map((path) => ({
      nodes: path.nodes,
      relationships: path.relationships.map((r) => `${r.source}|${r.type}|${r.target}`),
      score: Number(path.score.toFixed(12)),
      flagged: path.flagged ?? false,
    })),
    excluded: output.excluded.map((e) => e.id).sort(),
  };
}
