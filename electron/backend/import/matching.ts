import { isOrganisationKind, type NodeKind } from '../../../graph-schema/index.ts';
import {
  supportsBatchReads,
  type GraphReader,
  type NodeKey,
} from '../../../shared/store/graph-store.ts';

/**
 * Which record a row means: by id; else by e-mail; else by normalised name plus
 * organisation. Holds keys only (id, kind, e-mail, name key), never whole rows,
 * so it stays small next to the file it indexes.
 */
export type MatchedBy = 'id' | 'email' | 'name' | 'new';

export class NodeIndex {
  readonly kinds = new Map<string, NodeKind>();
  readonly #byEmail = new Map<string, string>();
  readonly #byName = new Map<string, string>();
  readonly #orgByName = new Map<string, string>();

  kindOf = (id: string): NodeKind | undefined => this.kinds.get(id);

  /** Registers a record; the first record to claim an e-mail or name keeps it. */
  add(node: { id: string; kind: NodeKind; name?: string; email?: string }, orgId?: string): void {
    this.kinds.set(node.id, node.kind);
    if (node.email) claim(this.#byEmail, emailKey(node.email), node.id);
    if (!node.name) return;
    if (isOrganisationKind(node.kind)) claim(this.#orgByName, foldName(node.name), node.id);
    else claim(this.#byName, nameKey(node.name, orgId), node.id);
  }

  /** A person's organisation, once known, also identifies them by name. */
  addEmployment(personId: string, name: string, orgId: string): void {
    claim(this.#byName, nameKey(name, orgId), personId);
  }

  /** `organisation` rows are matched by their own name, people by name and employer. */
  match(
    row: { id?: string; email?: string; name?: string; organisation?: boolean },
    orgId?: string,
  ): {
    id?: string;
    by: MatchedBy;
  } {
    if (row.id) return { id: row.id, by: this.kinds.has(row.id) ? 'id' : 'new' };
    const byEmail = row.email ? this.#byEmail.get(emailKey(row.email)) : undefined;
    if (byEmail) return { id: byEmail, by: 'email' };
    const names = row.organisation ? this.#orgByName : this.#byName;
    const byName = row.name
      ? names.get(row.organisation ? foldName(row.name) : nameKey(row.name, orgId))
      : undefined;
    if (byName) return { id: byName, by: 'name' };
    return { by: 'new' };
  }

  /** An organisation named in a row: by id, else by name. */
  organisation(value: string): string | undefined {
    const kind = this.kinds.get(value);
    if (kind !== undefined && isOrganisationKind(kind)) return value;
    return this.#orgByName.get(foldName(value));
  }
}

/**
 * Loads the keys of everything stored; people's employers only when needed for
 * matching. `kindsOnly`: ids and kinds, all that relationship and interaction
 * rows need (they name ids, never people by name).
 */
export async function indexStore(
  store: GraphReader,
  options: { employers: boolean; kindsOnly?: boolean },
): Promise<NodeIndex> {
  const index = new NodeIndex();
  const names = options.employers ? new Map<string, string>() : undefined;
  // Keys only when the store can: no node JSON parsed for matching.
  const keys: AsyncIterable<readonly NodeKey[]> = supportsBatchReads(store)
    ? store.streamNodeKeys(5_000)
    : store.streamNodes(5_000);
  for await (const batch of keys) {
    for (const node of batch) {
      if (options.kindsOnly) {
        index.kinds.set(node.id, node.kind);
        continue;
      }
      index.add({ id: node.id, kind: node.kind, name: node.name, email: node.email });
      if (names && !isOrganisationKind(node.kind)) names.set(node.id, node.name);
    }
  }
  if (!names) return index;
  for await (const batch of store.streamRelationships(5_000)) {
    for (const rel of batch) {
      const name = rel.type === 'WORKS_FOR' ? names.get(rel.source) : undefined;
      if (name) index.addEmployment(rel.source, name, rel.target);
    }
  }
  return index;
}

/** Case, accents, punctuation and spacing do not make a different person. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

function nameKey(name: string, orgId: string | undefined): string {
  return `${foldName(name)}\u0000${orgId ?? ''}`;
}

function claim(map: Map<string, string>, key: string, id: string): void {
  if (key !== '' && !map.has(key)) map.set(key, id);
}

/** Ids made from what identifies the row, so importing it again finds the same record. */
export function generatedId(prefix: string, ...parts: readonly (string | undefined)[]): string {
  const slug = parts
    .filter((part): part is string => Boolean(part))
    .map((part) => foldName(part).replace(/ /g, '-'))
    .filter(Boolean)
    .join('--');
  return `${prefix}-${slug || 'unnamed'}`.slice(0, 200);
}
