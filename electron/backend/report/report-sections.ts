import { consentStatusOf, isPersonKind } from '../../../graph-schema/index.ts';
import type {
  AnalysisGraph,
  CoverageResult,
  ExcludedStakeholder,
  ScoredPath,
} from '../../../shared/analysis/index.ts';
import type {
  ReportData,
  ReportPath,
  ReportRef,
} from '../../../shared/report/report-data.schema.ts';

export function refOf(graph: AnalysisGraph, id: string): ReportRef {
  const node = graph.getNodeAttributes(id);
  return { id, name: node.name, kind: node.kind };
}

/** Stance and consent of people; organisations have neither. */
export function traitsOf(graph: AnalysisGraph, id: string) {
  const node = graph.getNodeAttributes(id);
  const person = isPersonKind(node.kind);
  return {
    stance: node.stance ?? null,
    consent: person ? consentStatusOf(node) : null,
  };
}

/** One path with the start named and every hop explained. */
export function reportPath(graph: AnalysisGraph, path: ScoredPath, rank: number): ReportPath {
  return {
    rank,
    score: path.score,
    flagged: path.flagged === true,
    start: refOf(graph, path.nodes[0]!),
    hops: path.explanation.map((hop) => ({
      from: hop.from,
      to: hop.to,
      type: hop.type,
      strength: hop.strength,
      lastContact: hop.lastContact,
      contactAgeDays: hop.contactAgeDays,
      recencyFactor: hop.recencyFactor,
      weight: hop.weight,
      walked: hop.walked,
      origin: hop.origin,
      reached: {
        id: hop.reached.id,
        name: hop.reached.name,
        kind: hop.reached.kind,
        stance: hop.reached.stance,
        consent: hop.reached.consent,
        source: hop.reached.source,
      },
    })),
  };
}

/** Who of the buying centre is reachable, by which route, and who is not. */
export function coverageSection(
  result: CoverageResult,
  graph: AnalysisGraph,
): ReportData['coverage'] {
  return {
    coverage: result.coverage,
    reachable: result.reachable.map((member) => ({
      id: member.id,
      name: member.name,
      decisionRole: member.decisionRole,
      stance: member.stance,
      consent: member.consent,
      bestScore: member.bestScore,
      route: member.bestPath.nodes.map((id) => graph.getNodeAttribute(id, 'name')),
    })),
    unreachable: result.unreachable.map((member) => ({
      id: member.id,
      name: member.name,
      decisionRole: member.decisionRole,
      stance: member.stance,
      consent: member.consent,
      reason: member.reason,
    })),
  };
}

export function exclusions(
  graph: AnalysisGraph,
  excluded: readonly ExcludedStakeholder[],
): ReportData['excluded'] {
  return excluded
    .filter((entry) => graph.hasNode(entry.id))
    .map((entry) => ({ ...refOf(graph, entry.id), reason: entry.reason }));
}
