import type {
  Interaction,
  InteractionInput,
  ValidationIssue,
} from '../../../graph-schema/index.ts';
import { ValidationError } from '../../../shared/errors.ts';
import type { UpsertSummary } from '../../../shared/store/graph-store.ts';
import {
  insertInteraction,
  interactionFromRow,
  validInteraction,
} from './embedded-interactions.ts';
import type { SqlSession } from './sql-session.ts';

/**
 * Interactions stored as given (caller holds the transaction): every record is
 * validated before one is written, and lastContact stays as it is, because the
 * relationships of a copy already carry it.
 */
export function importInteractions(
  session: SqlSession,
  inputs: readonly InteractionInput[],
  now: string,
): UpsertSummary {
  const kindOf = session.kindLookup(inputs.flatMap((input) => input?.participants ?? []));
  const issues: ValidationIssue[] = [];
  const valid: Interaction[] = [];
  inputs.forEach((input, index) => {
    try {
      valid.push(validInteraction(input, index, kindOf));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.push(...error.issues);
    }
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const stored = session.stmt('SELECT data FROM interactions WHERE id = ?');
  const summary = { created: 0, updated: 0, unchanged: 0 };
  for (const interaction of valid) {
    const row = stored.get(interaction.id) as { data: string } | undefined;
    if (row && sameJson(interactionFromRow(row.data), interaction)) {
      summary.unchanged += 1;
      continue;
    }
    summary[row ? 'updated' : 'created'] += 1;
    insertInteraction(session, interaction, now);
  }
  return summary;
}

/** Equal records, whatever the order of their keys (participant order counts). */
function sameJson(a: object, b: object): boolean {
  const sorted = (o: object) =>
    JSON.stringify(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));
  return sorted(a) === sorted(b);
}
