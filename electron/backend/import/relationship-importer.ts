import {
  allowsEndpoints,
  canonicalEndpoints,
  isRelationshipType,
  relationshipId,
  validateRelationship,
  type KindLookup,
  type Relationship,
  type RelationshipInput,
} from '../../../graph-schema/index.ts';
import type { CollectionImporter, ImportWriter, Outcomes, Tally } from './import-types.ts';
import { ChangeLog, DuplicateGroups, tally } from './import-batch.ts';
import { KeyTable } from './key-table.ts';
import { relationshipInput } from './link-rows.ts';
import { columnForField, type RowCells, type RowIssue } from './row-to-record.ts';
import { changedFields, sameRecord, withoutTimestamps } from './record-diff.ts';
import { writeRelationshipsChecked, type LinedRelationship } from './store-rejections.ts';

export interface RelationshipImportContext {
  readonly kindOf: KindLookup;
  readonly fileName: string;
  readonly importedAt: string;
  readonly decimalComma: boolean;
  /** The file's column for a field, for problems the store finds. */
  readonly columnOf: (fieldPath: string) => string;
  /**
   * The store held no relationships when the import began: a relationship the
   * import has not written yet cannot exist, so its lookup is skipped, which
   * matters for a first bulk load.
   */
  readonly storeWasEmpty?: boolean;
}

interface Planned {
  readonly row: LinedRelationship;
  readonly entry: Pending;
  readonly outcome: keyof Tally;
  readonly fields: MergedRelationship['fields'];
}

interface Pending {
  readonly id: string;
  readonly line: number;
  input: RelationshipInput;
  /** Single pass: an earlier batch of this import already wrote this relationship. */
  repeat?: boolean;
}

export function relationshipImporter(ctx: RelationshipImportContext): CollectionImporter {
  const groups = new DuplicateGroups<Pending>();
  const changes = new ChangeLog('relationships');
  const outcomes: Outcomes = { created: 0, updated: 0, unchanged: 0, merged: 0 };
  const failures: RowIssue[] = [];
  // Two passes: records complete on their last line. Single pass: this batch, by id.
  let ready: Pending[] = [];
  let batch = new Map<string, Pending>();
  const taken = new KeyTable();

  function issuesOf(cells: RowCells): { issues: RowIssue[]; input?: RelationshipInput } {
    const { input, reader } = relationshipInput(cells, ctx.decimalComma);
    if (reader.issues.length === 0 && plausible(input, ctx.kindOf))
      return { issues: [], input: input as RelationshipInput };
    const issues: RowIssue[] = [...reader.issues];
    for (const issue of validateRelationship(input, 0, ctx.kindOf).issues) {
      issues.push({
        line: cells.line,
        column: columnForField(reader, issue.field),
        message: `${issue.field} ${issue.message}`,
      });
    }
    return issues.length > 0 ? { issues } : { issues, input: input as RelationshipInput };
  }

  return {
    outcomes,
    failures,
    organizations: tally(),
    worksFor: tally(),
    get changes() {
      return changes.entries;
    },
    get held() {
      return batch.size + ready.length + groups.held;
    },
    // flush() empties `ready` and `batch` before its first await; collect() only
    // fills them and the duplicate groups, which flush() never reads.
    collectsWhileFlushing: true,
    take(cells) {
      const { issues, input } = issuesOf(cells);
      if (!input) return issues;
      const entry = pendingOf(input, cells.line);
      const held = batch.get(entry.id);
      if (held) {
        held.input = { ...held.input, ...entry.input };
        outcomes.merged += 1;
      } else batch.set(entry.id, entry);
      return issues;
    },
    check(cells) {
      const { issues, input } = issuesOf(cells);
      // Two passes: full validation here, nothing is left for the store to find.
      if (input) {
        const full = validateRelationship(input, 0, ctx.kindOf);
        if (full.relationship) groups.count(full.relationship.id, cells.line);
        else return [...issues, ...full.issues.map((i) => storeIssue(cells.line, i, ctx))];
      }
      return issues;
    },
    collect(cells) {
      const { input } = relationshipInput(cells, ctx.decimalComma);
      const entry = pendingOf(input as RelationshipInput, cells.line);
      const done = groups.add(entry.id, cells.line, entry, (into, next) => {
        into.input = { ...into.input, ...next.input };
        outcomes.merged += 1;
      });
      ready.push(...done);
      return ready.length + groups.held;
    },
    async flush(writer, write) {
      const pending = [...ready, ...batch.values()];
      ready = [];
      batch = new Map();
      const planned = await planWrites(writer, pending);
      const rows = write ? planned.map((p) => p.row) : [];
      const result =
        rows.length > 0
          ? await writeRelationshipsChecked(writer, rows, ctx.columnOf)
          : { written: rows, issues: [] };
      failures.push(...result.issues);
      // Counted once written: a row the store refused is a problem, not a change.
      const written = new Set(result.written);
      for (const { row, entry, outcome, fields } of planned) {
        if (write && !written.has(row)) continue;
        outcomes[entry.repeat ? 'merged' : outcome] += 1;
        const action = entry.repeat ? 'merge' : outcome === 'created' ? 'create' : 'update';
        changes.add(entry.line, entry.id, action, fields);
      }
    },
  };

  /** Compares each record with the store; counts the unchanged, returns what to write. */
  async function planWrites(writer: ImportWriter, pending: readonly Pending[]): Promise<Planned[]> {
    for (const entry of pending) {
      if (taken.has(entry.id)) entry.repeat = true;
      taken.add(entry.id, entry.line);
    }
    const mayExist = pending.filter((p) => !ctx.storeWasEmpty || p.repeat);
    const stored = mayExist.length > 0 ? await prefetch(writer, mayExist) : undefined;
    const planned: Planned[] = [];
    for (const entry of pending) {
      const knownAbsent = ctx.storeWasEmpty === true && !entry.repeat;
      // No await per row when the stored side is known: a bulk load has a million.
      const result =
        knownAbsent || stored
          ? mergeWithStored(
              entry.input,
              ctx.fileName,
              knownAbsent ? undefined : stored?.get(entry.id),
            )
          : await mergeRelationship(writer, entry.input, ctx.fileName);
      if (!result.write) {
        // A row folded into a record an earlier batch of this file wrote is merged, changed or not.
        outcomes[entry.repeat ? 'merged' : 'unchanged'] += 1;
        continue;
      }
      const row = { line: entry.line, input: { ...result.write, importedAt: ctx.importedAt } };
      planned.push({ row, entry, outcome: result.outcome, fields: result.fields });
    }
    return planned;
  }
}

/** Type, both endpoints and their kinds are right: the store's validation does the rest. */
function plausible(input: Partial<RelationshipInput>, kindOf: KindLookup): boolean {
  const { type, source, target } = input;
  if (!type || !source || !target || source === target) return false;
  const sourceKind = kindOf(source);
  const targetKind = kindOf(target);
  if (!isRelationshipType(type) || sourceKind === undefined || targetKind === undefined) {
    return false;
  }
  return allowsEndpoints(type, sourceKind, targetKind);
}

function pendingOf(input: RelationshipInput, line: number): Pending {
  const rel = canonical(input);
  return { id: relationshipId(rel.type, rel.source, rel.target), line, input: rel };
}

function storeIssue(
  line: number,
  issue: { field: string; message: string },
  ctx: RelationshipImportContext,
): RowIssue {
  return { line, column: ctx.columnOf(issue.field), message: `${issue.field} ${issue.message}` };
}

export interface MergedRelationship {
  readonly outcome: keyof Tally;
  /** What to write; undefined when the store already holds exactly this. */
  readonly write?: RelationshipInput;
  readonly fields: () => Record<string, { before?: unknown; after?: unknown }>;
}

/** The stored relationship with the row's fields on top; the file name is the origin of new ones. */
export async function mergeRelationship(
  writer: ImportWriter,
  row: RelationshipInput,
  fileName: string,
): Promise<MergedRelationship> {
  const rel = canonical(row);
  const stored = await writer.getRelationship(relationshipId(rel.type, rel.source, rel.target));
  return mergeWithStored(rel, fileName, stored);
}

/** `mergeRelationship` with the stored side already read; `rel` has canonical endpoints. */
function mergeWithStored(
  rel: RelationshipInput,
  fileName: string,
  stored: Relationship | undefined,
): MergedRelationship {
  if (!stored) {
    // Nothing to compare with: the common case of a bulk load stays cheap.
    const created = { ...rel, origin: rel.origin ?? fileName } as RelationshipInput;
    return { outcome: 'created', write: created, fields: () => changedFields(undefined, created) };
  }
  const before = withoutId(withoutTimestamps(stored));
  const properties = { ...before.properties, ...rel.properties };
  const merged: RelationshipInput = {
    ...before,
    ...rel,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    origin: rel.origin ?? before.origin ?? fileName,
  } as RelationshipInput;
  if (sameRecord(before, merged)) return { outcome: 'unchanged', fields: () => ({}) };
  return { outcome: 'updated', write: merged, fields: () => changedFields(before, merged) };
}

/** The stored relationships among `pending` in one bulk read, when the store offers it. */
async function prefetch(
  writer: ImportWriter,
  pending: readonly Pending[],
): Promise<ReadonlyMap<string, Relationship> | undefined> {
  if (!writer.getRelationships) return undefined;
  const found = await writer.getRelationships(pending.map((entry) => entry.id));
  return new Map(found.map((rel) => [rel.id, rel]));
}

function canonical(rel: RelationshipInput): RelationshipInput {
  const [source, target] = canonicalEndpoints(rel.type, rel.source, rel.target);
  return source === rel.source ? rel : { ...rel, source, target };
}

function withoutId<T extends { id: string }>(record: T): Omit<T, 'id'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, ...rest } = record;
  return rest;
}
