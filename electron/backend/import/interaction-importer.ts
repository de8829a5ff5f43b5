import { createHash } from 'node:crypto';
import {
  validateInteraction,
  type InteractionInput,
  type KindLookup,
} from '../../../graph-schema/index.ts';
import type { CollectionImporter, Outcomes } from './import-types.ts';
import { ChangeLog, DuplicateGroups, tally } from './import-batch.ts';
import { interactionInput } from './link-rows.ts';
import { columnForField, type RowCells, type RowIssue } from './row-to-record.ts';

export interface InteractionImportContext {
  readonly kindOf: KindLookup;
  /** Ids of interactions the store already holds. */
  readonly existing: Set<string>;
  readonly fileName: string;
  readonly decimalComma: boolean;
}

/**
 * Interactions are a log: a row is logged once. Without an id column the id is
 * made from the row's content, so importing the file again logs nothing new.
 * A logged interaction is never rewritten (the store offers no update).
 */
export function interactionImporter(ctx: InteractionImportContext): CollectionImporter {
  const groups = new DuplicateGroups<{ id: string; line: number; input: InteractionInput }>();
  const changes = new ChangeLog('interactions');
  const outcomes: Outcomes = { created: 0, updated: 0, unchanged: 0, merged: 0 };
  let ready: { id: string; line: number; input: InteractionInput }[] = [];
  // Single pass: ids this import logged or holds, so a repeated row is merged, not logged twice.
  const taken = new Set<string>();

  function issuesOf(cells: RowCells): { issues: RowIssue[]; input: InteractionInput } {
    const { input, reader } = interactionInput(cells, ctx.decimalComma);
    const issues: RowIssue[] = [...reader.issues];
    const result = validateInteraction(input, 0, ctx.kindOf);
    for (const issue of result.issues) {
      issues.push({
        line: cells.line,
        column: columnForField(reader, issue.field),
        message: `${issue.field} ${issue.message}`,
      });
    }
    return { issues, input: input as InteractionInput };
  }

  return {
    outcomes,
    failures: [],
    organizations: tally(),
    worksFor: tally(),
    get changes() {
      return changes.entries;
    },
    get held() {
      return ready.length + groups.held;
    },
    take(cells) {
      const { issues, input } = issuesOf(cells);
      if (issues.length > 0) return issues;
      const id = interactionId(input);
      if (taken.has(id)) outcomes.merged += 1;
      else {
        taken.add(id);
        ready.push({ id, line: cells.line, input: { ...input, id } });
      }
      return issues;
    },
    check(cells) {
      const { issues, input } = issuesOf(cells);
      if (issues.length === 0) groups.count(interactionId(input), cells.line);
      return issues;
    },
    collect(cells) {
      const { input } = interactionInput(cells, ctx.decimalComma);
      const id = interactionId(input as InteractionInput);
      const entry = { id, line: cells.line, input: { ...(input as InteractionInput), id } };
      const done = groups.add(id, cells.line, entry, () => (outcomes.merged += 1));
      ready.push(...done);
      return ready.length + groups.held;
    },
    async flush(writer, write) {
      const batch = ready;
      ready = [];
      for (const { id, line, input } of batch) {
        if (ctx.existing.has(id)) {
          outcomes.unchanged += 1;
          continue;
        }
        ctx.existing.add(id);
        outcomes.created += 1;
        const logged = { ...input, origin: input.origin ?? ctx.fileName };
        changes.add(line, id, 'create', () => ({ participants: { after: input.participants } }));
        if (write) await writer.logInteraction(logged);
      }
    },
  };
}

function interactionId(input: InteractionInput): string {
  if (input.id) return input.id;
  const key = JSON.stringify([
    input.date,
    input.channel,
    [...input.participants].sort(),
    input.summary ?? '',
  ]);
  return `i-${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}
