import type { AnalysisGraph } from '../../../shared/analysis/index.ts';
import { contactAgeDays, dayNumber, peopleOf } from '../../../shared/analysis/index.ts';
import type { ReportData, ReportPath } from '../../../shared/report/report-data.schema.ts';
import { refOf } from './report-sections.ts';

/** A relationship whose last contact is older than a year has gone stale. */
export const STALE_AFTER_DAYS = 365;
const ADVERSE = new Set(['skeptic', 'opponent']);

/**
 * Relationship health around the account: stale relationships that matter (on
 * the best paths, or touching the account's own people), oldest first; and the
 * skeptics and opponents standing on the best routes.
 */
export function relationshipHealth(
  graph: AnalysisGraph,
  account: string,
  paths: readonly ReportPath[],
  asOf: string,
): ReportData['health'] {
  const asOfDay = dayNumber(asOf);
  const onPaths = new Set(
    paths.flatMap((path) => path.hops.map((hop) => relKey(hop.from, hop.to, hop.type))),
  );
  const members = new Set(peopleOf(graph, account));
  const stale: ReportData['health']['stale'] = [];
  graph.forEachEdge((key, rel, source, target) => {
    const age = contactAgeDays(rel.lastContact, asOfDay);
    if (age === undefined || age <= STALE_AFTER_DAYS) return;
    const onBestPaths =
      onPaths.has(relKey(source, target, rel.type)) ||
      onPaths.has(relKey(target, source, rel.type));
    const touchesAccount = [source, target].some((id) => id === account || members.has(id));
    if (!onBestPaths && !touchesAccount) return;
    stale.push({
      id: key,
      type: rel.type,
      source: refOf(graph, source),
      target: refOf(graph, target),
      lastContact: rel.lastContact!,
      ageDays: age,
      onBestPaths,
    });
  });
  stale.sort((a, b) => Number(b.onBestPaths) - Number(a.onBestPaths) || b.ageDays - a.ageDays);
  return { stale, adverse: adverseOnPaths(graph, paths) };
}

function adverseOnPaths(graph: AnalysisGraph, paths: readonly ReportPath[]) {
  const ranks = new Map<string, number[]>();
  for (const path of paths) {
    for (const id of [path.start.id, ...path.hops.map((hop) => hop.to)]) {
      const stance = graph.getNodeAttribute(id, 'stance');
      if (!stance || !ADVERSE.has(stance)) continue;
      const list = ranks.get(id) ?? [];
      if (!list.includes(path.rank)) list.push(path.rank);
      ranks.set(id, list);
    }
  }
  return [...ranks].map(([id, pathRanks]) => ({
    ...refOf(graph, id),
    stance: graph.getNodeAttribute(id, 'stance')!,
    paths: pathRanks,
  }));
}

function relKey(from: string, to: string, type: string): string {
  return `${from}\u0000${type}\u0000${to}`;
}
