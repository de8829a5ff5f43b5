import type { PathHop } from '../../../shared/analysis/path-types.ts';
import type { PathsOutput } from '../../../shared/domain/analysis.schema.ts';
import { plural } from '../cli-output.ts';

type Path = PathsOutput['paths'][number];

/**
 * A route as a person reads it:
 * `0.412  Jonas Brenner —KNOWS 0.8→ Heike Lindner —ADVISES 0.9→ Dr. Friedrich Hansen`,
 * then each hop explained underneath.
 */
export function humanPaths(result: PathsOutput, targetLabel: string): string[] {
  const names = new Map(result.stakeholders.map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const lines =
    result.paths.length === 0
      ? [`No route to ${targetLabel} within the hop limit.`]
      : [`${plural(result.paths.length, 'route')} to ${targetLabel}, strongest first:`];
  result.paths.forEach((path, index) => {
    lines.push('', `${index + 1}. ${routeLine(path, nameOf)}`);
    for (const hop of path.explanation) lines.push(`     ${hopLine(hop, nameOf)}`);
  });
  if (result.excluded.length > 0) {
    lines.push('', 'Not routed through (use --include-no-consent to see them, flagged):');
    for (const e of result.excluded) lines.push(`  ${e.name} (${e.id}): ${e.reason}`);
  }
  for (const note of result.notes) lines.push('', `Note: ${note}`);
  return lines;
}

export function routeLine(path: Path, nameOf: (id: string) => string): string {
  const steps = path.explanation.map((hop) => ` —${hop.type} ${hop.strength}→ ${nameOf(hop.to)}`);
  const flag = path.flagged ? '  [someone on this route denied consent]' : '';
  return `${path.score.toFixed(3)}  ${nameOf(path.nodes[0]!)}${steps.join('')}${flag}`;
}

function hopLine(hop: PathHop, nameOf: (id: string) => string): string {
  const contact =
    hop.lastContact === null
      ? 'no recorded contact'
      : `last contact ${hop.lastContact} (${plural(hop.contactAgeDays ?? 0, 'day')} ago)`;
  const against = hop.walked === 'backward' ? ', walked against its direction' : '';
  const who = [
    hop.reached.kind,
    hop.reached.stance,
    hop.reached.consent && `consent ${hop.reached.consent}`,
    hop.reached.source && `from ${hop.reached.source}`,
  ].filter(Boolean);
  return `${nameOf(hop.from)} → ${nameOf(hop.to)}: ${hop.type} strength ${hop.strength}, ${contact}${against}; weight ${hop.weight.toFixed(3)} — ${hop.reached.name}: ${who.join(', ')}`;
}
