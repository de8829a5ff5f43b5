import { XrmError } from '../../../shared/errors.ts';
import type { GraphCounts, GraphStore } from '../../../shared/store/graph-store.ts';

/**
 * After a copy both stores must hold the same: totals and every kind and type.
 * A difference means the target held other data before, or one of the stores
 * changed during the copy; either way the user must know.
 */
export async function verifyCopy(from: GraphStore, to: GraphStore): Promise<GraphCounts> {
  const [source, target] = await Promise.all([from.counts(), to.counts()]);
  const differences = countDifferences(source, target);
  if (differences.length > 0) {
    throw new XrmError(
      'conflict',
      `The copy does not match its source: ${differences.join('; ')}. ` +
        'The target held other data before, or a store changed during the copy. Copy into an empty store, or run the copy again.',
    );
  }
  return target;
}

export function countDifferences(source: GraphCounts, target: GraphCounts): string[] {
  const differences: string[] = [];
  const compare = (label: string, a: number | undefined, b: number | undefined) => {
    if ((a ?? 0) !== (b ?? 0)) differences.push(`${label}: source ${a ?? 0}, target ${b ?? 0}`);
  };
  compare('stakeholders', source.nodes, target.nodes);
  compare('relationships', source.relationships, target.relationships);
  compare('interactions', source.interactions, target.interactions);
  const kinds = new Set([...Object.keys(source.byKind), ...Object.keys(target.byKind)]);
  for (const kind of kinds) {
    compare(
      kind,
      source.byKind[kind as keyof GraphCounts['byKind']],
      target.byKind[kind as keyof GraphCounts['byKind']],
    );
  }
  const types = new Set([...Object.keys(source.byType), ...Object.keys(target.byType)]);
  for (const type of types) {
    compare(
      type,
      source.byType[type as keyof GraphCounts['byType']],
      target.byType[type as keyof GraphCounts['byType']],
    );
  }
  return differences;
}
