import {
  canonicalEndpoints,
  relationshipId,
  validateRelationship,
  type KindLookup,
  type Relationship,
  type RelationshipInput,
} from '../../../graph-schema/index.ts';
import type { CollectionImporter, ImportWriter, Outcomes, Tally } from './import-types.ts';
import { ChangeLog, DuplicateGroups, tally } from './import-batch.ts';
import { relationshipInput } from './link-rows.ts';
import { columnForField, type RowIssue } from './row-to-record.ts';
import { changedFields, sameRecord, withoutTimestamps } from './record-diff.ts';

export interface RelationshipImportContext {
  readonly kindOf: KindLookup;
  readonly fileName: string;
  readonly importedAt: string;
  readonly decimalComma: boolean;
  /**
   * The store held no relationships when the import began. Each relationship of
   * the file is written once (duplicates are combined), so none can exist yet:
   * the lookup per row is skipped, which matters for a first bulk load.
   */
  readonly storeWasEmpty?: boolean;
}

interface Pending {
  readonly id: string;
  readonly line: number;
  input: RelationshipInput;
}

export function relationshipImporter(ctx: RelationshipImportContext): CollectionImporter {
  const groups = new DuplicateGroups<Pending>();
  const changes = new ChangeLog('relationships');
  const outcomes: Outcomes = { created: 0, updated: 0, unchanged: 0, merged: 0 };
  let ready: Pending[] = [];

  return {
    outcomes,
    failures: [],
    organizations: tally(),
    worksFor: tally(),
    get changes() {
      return changes.entries;
    },
    check(cells) {
      const { input, reader } = relationshipInput(cells, ctx.decimalComma);
      const issues: RowIssue[] = [...reader.issues];
      const result = validateRelationship(input, 0, ctx.kindOf);
      for (const issue of result.issues) {
        issues.push({
          line: cells.line,
          column: columnForField(reader, issue.field),
          message: `${issue.field} ${issue.message}`,
        });
      }
      if (issues.length === 0 && result.relationship)
        groups.count(result.relationship.id, cells.line);
      return issues;
    },
    collect(cells) {
      const { input } = relationshipInput(cells, ctx.decimalComma);
      const rel = canonical(input as RelationshipInput);
      const entry: Pending = {
        id: relationshipId(rel.type, rel.source, rel.target),
        line: cells.line,
        input: rel,
      };
      const done = groups.add(entry.id, cells.line, entry, (into, next) => {
        into.input = { ...into.input, ...next.input };
        outcomes.merged += 1;
      });
      ready.push(...done);
      return ready.length + groups.held;
    },
    async flush(writer, write) {
      const batch = ready;
      ready = [];
      const relationships: RelationshipInput[] = [];
      const stored = ctx.storeWasEmpty ? undefined : await prefetch(writer, batch);
      for (const pending of batch) {
        const result = await mergeRelationship(
          writer,
          pending.input,
          ctx.fileName,
          ctx.storeWasEmpty,
          stored,
        );
        outcomes[result.outcome] += 1;
        if (!result.write) continue;
        changes.add(
          pending.line,
          pending.id,
          result.outcome === 'created' ? 'create' : 'update',
          result.fields,
        );
        relationships.push({ ...result.write, importedAt: ctx.importedAt });
      }
      if (write && relationships.length > 0) await writer.upsertBatch({ relationships });
    },
  };
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
  knownAbsent = false,
  prefetched?: ReadonlyMap<string, Relationship>,
): Promise<MergedRelationship> {
  const rel = canonical(row);
  const id = relationshipId(rel.type, rel.source, rel.target);
  const stored = knownAbsent
    ? undefined
    : prefetched
      ? prefetched.get(id)
      : await writer.getRelationship(id);
  const before = stored ? withoutId(withoutTimestamps(stored)) : undefined;
  const properties = { ...before?.properties, ...rel.properties };
  const merged: RelationshipInput = {
    ...before,
    ...rel,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    origin: rel.origin ?? before?.origin ?? fileName,
  } as RelationshipInput;
  if (before && sameRecord(before, merged)) return { outcome: 'unchanged', fields: () => ({}) };
  return {
    outcome: before ? 'updated' : 'created',
    write: merged,
    fields: () => changedFields(before, merged),
  };
}

/** The batch's stored relationships in one bulk read, when the store offers it. */
async function prefetch(
  writer: ImportWriter,
  batch: readonly Pending[],
): Promise<ReadonlyMap<string, Relationship> | undefined> {
  if (!writer.getRelationships) return undefined;
  const found = await writer.getRelationships(batch.map((pending) => pending.id));
  return new Map(found.map((rel) => [rel.id, rel]));
}

function canonical(rel: RelationshipInput): RelationshipInput {
  const [source, target] = canonicalEndpoints(rel.type, rel.source, rel.target);
  return { ...rel, source, target };
}

function withoutId<T extends { id: string }>(record: T): Omit<T, 'id'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, ...rest } = record;
  return rest;
}
