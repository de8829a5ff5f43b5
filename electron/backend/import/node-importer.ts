import {
  isOrganisationKind,
  validateNode,
  validateRelationship,
  type NodeKind,
  type RelationshipInput,
  type StakeholderNode,
} from '../../../graph-schema/index.ts';
import type { CollectionImporter, ImportWriter, Outcomes, Tally } from './import-types.ts';
import { generatedId, type MatchedBy, type NodeIndex } from './matching.ts';
import { nodeDraft, type NodeDraft, type NodeRowOptions } from './node-row.ts';
import { columnForField, type RowIssue } from './row-to-record.ts';
import { ChangeLog, DuplicateGroups, tally } from './import-batch.ts';
import { KeyTable } from './key-table.ts';
import { mergeRelationship } from './relationship-importer.ts';
import { changedFields, sameRecord, withoutTimestamps } from './record-diff.ts';

export interface NodeImportContext {
  readonly index: NodeIndex;
  readonly fileName: string;
  readonly importedAt: string;
  readonly rowOptions: NodeRowOptions;
  readonly defaultKind: NodeKind;
  readonly organizationKind: NodeKind;
}

interface Resolved {
  readonly id: string;
  readonly kind: NodeKind;
  readonly by: MatchedBy;
  /** The record existed (in the store or earlier in the file) before this row. */
  readonly known: boolean;
  readonly orgId?: string;
}

/** A record to write: one row, or several rows that turned out to be the same stakeholder. */
interface Pending {
  readonly id: string;
  readonly line: number;
  readonly by: MatchedBy;
  draft: NodeDraft;
  kind: NodeKind;
  orgId?: string;
  /** Single pass: an earlier batch of this import already wrote this record. */
  repeat?: boolean;
}

export function nodeImporter(ctx: NodeImportContext): CollectionImporter {
  const groups = new DuplicateGroups<Pending>();
  const newOrganisations = new Map<string, string>();
  const changes = new ChangeLog('nodes');
  const outcomes: Outcomes = { created: 0, updated: 0, unchanged: 0, merged: 0 };
  const organizations = tally();
  const worksFor = tally();
  const failures: RowIssue[] = [];
  // WORKS_FOR to an organisation that a later batch of the file creates waits for it.
  let deferred: RelationshipInput[] = [];
  let ready: Pending[] = [];
  // Single pass: this batch's records by id, and the ids earlier batches wrote.
  let batch = new Map<string, Pending>();
  const taken = new KeyTable();

  function resolve(draft: NodeDraft): Resolved {
    let orgId: string | undefined;
    if (draft.organization) {
      orgId = ctx.index.organisation(draft.organization);
      if (orgId === undefined) {
        orgId = generatedId('org', draft.organization);
        newOrganisations.set(orgId, draft.organization);
        ctx.index.add({ id: orgId, kind: ctx.organizationKind, name: draft.organization });
      }
    }
    const { name, email } = draft.fields;
    const organisation = draft.kind !== undefined && isOrganisationKind(draft.kind);
    const match = ctx.index.match({ id: draft.id, email, name, organisation }, orgId);
    // Organisations get the id a company column would give them, so either order of rows meets.
    const id =
      match.id ??
      draft.id ??
      (organisation
        ? generatedId('org', name)
        : generatedId('c', email ?? name, email ? undefined : draft.organization));
    // The file defines this organisation itself: its row creates it, not the company column.
    if (organisation) newOrganisations.delete(id);
    const known = ctx.index.kindOf(id);
    const kind = draft.kind ?? known ?? ctx.defaultKind;
    ctx.index.add({ id, kind, name, email }, orgId);
    return { id, kind, by: match.by, known: known !== undefined, ...(orgId ? { orgId } : {}) };
  }

  return {
    outcomes,
    organizations,
    worksFor,
    failures,
    get changes() {
      return changes.entries;
    },
    get held() {
      return batch.size + ready.length + groups.held;
    },
    take(cells) {
      const draft = nodeDraft(cells, ctx.rowOptions);
      const resolved = resolve(draft);
      const issues = issuesOf(draft, resolved);
      if (issues.length > 0) return issues;
      const { id, kind, orgId, by } = resolved;
      const entry: Pending = { id, line: cells.line, by, draft, kind, ...(orgId ? { orgId } : {}) };
      const held = batch.get(id);
      if (held) combine(held, entry);
      else batch.set(id, entry);
      return issues;
    },
    check(cells) {
      const draft = nodeDraft(cells, ctx.rowOptions);
      const resolved = resolve(draft);
      const out = issuesOf(draft, resolved);
      if (out.length === 0) groups.count(resolved.id, cells.line);
      return out;
    },
    collect(cells) {
      const draft = nodeDraft(cells, ctx.rowOptions);
      const { id, kind, orgId, by } = resolve(draft);
      const entry: Pending = { id, line: cells.line, by, draft, kind, ...(orgId ? { orgId } : {}) };
      const done = groups.add(id, cells.line, entry, combine);
      ready.push(...done);
      return ready.length + groups.held;
    },
    async flush(writer, write, final) {
      const pending = [...ready, ...batch.values()];
      ready = [];
      batch = new Map();
      for (const entry of pending) {
        if (taken.has(entry.id)) entry.repeat = true;
        taken.add(entry.id, entry.line);
      }
      const orgNodes = await organisationsToWrite(writer);
      const existing = await byId(
        writer,
        pending.map((p) => p.id),
      );
      const nodes: StakeholderNode[] = [...orgNodes];
      const rels: RelationshipInput[] = [];
      for (const entry of pending) {
        const before = existing.get(entry.id);
        const node = mergedNode(before, entry);
        if (!node) continue;
        const changed = !before || !sameRecord(withoutTimestamps(before), node);
        const action = !before ? 'create' : entry.by === 'id' && !entry.repeat ? 'update' : 'merge';
        // A row folded into a record an earlier batch of this file wrote is merged, changed or not.
        if (entry.repeat) outcomes.merged += 1;
        else if (!changed) outcomes.unchanged += 1;
        else
          outcomes[action === 'create' ? 'created' : action === 'update' ? 'updated' : 'merged'] +=
            1;
        if (changed) {
          changes.add(entry.line, entry.id, action, () => changedFields(before, node));
          nodes.push({ ...node, importedAt: ctx.importedAt });
        }
        if (entry.orgId) rels.push(worksForOf(entry.id, entry.orgId));
      }
      const waiting = [...deferred, ...rels];
      const due =
        write && !final ? await withTargets(writer, waiting, nodes) : { now: waiting, later: [] };
      deferred = due.later;
      const relsToWrite = await mergeRelationships(writer, due.now, ctx, worksFor);
      if (write && (nodes.length > 0 || relsToWrite.length > 0)) {
        await writer.upsertBatch({ nodes, relationships: relsToWrite });
      }
    },
  };

  function combine(into: Pending, next: Pending): void {
    into.draft = combineDrafts(into.draft, next.draft);
    into.kind = next.draft.kind ?? into.kind;
    if (next.orgId) into.orgId = next.orgId;
    outcomes.merged += 1;
  }

  /** The stored record with the row on top, validated; a problem becomes a failure on its line. */
  function mergedNode(before: StakeholderNode | undefined, entry: Pending) {
    const { node, issues } = mergeNode(before, entry, ctx);
    for (const i of issues) {
      failures.push({
        line: entry.line,
        column: columnForField(entry.draft.reader, i.field),
        message: `${i.field} ${i.message}`,
      });
    }
    return node;
  }

  function issuesOf(draft: NodeDraft, resolved: Resolved): RowIssue[] {
    const { id, kind, orgId, known } = resolved;
    // A row may update a known record without repeating its name.
    const name = draft.fields.name ?? (known ? 'name from the store' : undefined);
    const { issues } = validateNode({ ...draft.fields, id, kind, name }, 0);
    const out: RowIssue[] = [...draft.reader.issues];
    for (const issue of issues) {
      out.push({
        line: draft.line,
        column: columnForField(draft.reader, issue.field),
        message: `${issue.field === '(record)' ? '' : `${issue.field} `}${issue.message}`.trim(),
      });
    }
    if (orgId) {
      const rel = worksForOf(id, orgId);
      for (const issue of validateRelationship(rel, 0, ctx.index.kindOf).issues) {
        out.push({
          line: draft.line,
          column: draft.reader.columnOf('organization'),
          message: `"${draft.organization}": ${issue.message}`,
        });
      }
    }
    return out;
  }

  async function organisationsToWrite(writer: ImportWriter): Promise<StakeholderNode[]> {
    if (newOrganisations.size === 0) return [];
    const ids = [...newOrganisations.keys()];
    const existing = await byId(writer, ids);
    const out: StakeholderNode[] = [];
    for (const id of ids) {
      if (existing.has(id)) continue;
      const name = newOrganisations.get(id) ?? id;
      out.push({
        id,
        kind: ctx.organizationKind,
        name,
        tags: [],
        source: ctx.fileName,
        importedAt: ctx.importedAt,
      });
      organizations.created += 1;
    }
    // Counted once: later batches (and a dry run, which writes nothing) must not count them again.
    newOrganisations.clear();
    return out;
  }
}

/** Relationships whose organisation exists (stored or in this batch) now; the rest later. */
async function withTargets(
  writer: ImportWriter,
  rels: readonly RelationshipInput[],
  batchNodes: readonly StakeholderNode[],
): Promise<{ now: RelationshipInput[]; later: RelationshipInput[] }> {
  const present = new Set(batchNodes.map((node) => node.id));
  const missing = [...new Set(rels.map((rel) => rel.target))].filter((id) => !present.has(id));
  for (const id of (await byId(writer, missing)).keys()) present.add(id);
  return {
    now: rels.filter((rel) => present.has(rel.target)),
    later: rels.filter((rel) => !present.has(rel.target)),
  };
}

function worksForOf(source: string, target: string): RelationshipInput {
  return { type: 'WORKS_FOR', source, target };
}

/** Later rows win field by field; properties are combined. */
function combineDrafts(a: NodeDraft, b: NodeDraft): NodeDraft {
  const properties = { ...a.fields.properties, ...b.fields.properties };
  const fields = { ...a.fields, ...b.fields };
  if (Object.keys(properties).length > 0) fields.properties = properties;
  return { ...a, ...b, fields };
}

/** The stored record with the row's fields on top; the file name is the source of new records. */
function mergeNode(before: StakeholderNode | undefined, pending: Pending, ctx: NodeImportContext) {
  const base = before ? withoutTimestamps(before) : undefined;
  const { fields } = pending.draft;
  const properties = { ...base?.properties, ...fields.properties };
  const input = {
    ...base,
    ...fields,
    id: pending.id,
    kind: pending.kind,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    source: fields.source ?? base?.source ?? ctx.fileName,
  };
  return validateNode(input, 0);
}

async function byId(
  writer: ImportWriter,
  ids: readonly string[],
): Promise<Map<string, StakeholderNode>> {
  const nodes = ids.length === 0 ? [] : await writer.getNodes(ids);
  return new Map(nodes.map((node) => [node.id, node]));
}

async function mergeRelationships(
  writer: ImportWriter,
  rels: readonly RelationshipInput[],
  ctx: NodeImportContext,
  counts: Tally,
): Promise<RelationshipInput[]> {
  const out: RelationshipInput[] = [];
  for (const rel of rels) {
    const result = await mergeRelationship(writer, rel, ctx.fileName);
    counts[result.outcome] += 1;
    if (result.write) out.push({ ...result.write, importedAt: ctx.importedAt });
  }
  return out;
}
