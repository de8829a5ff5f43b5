import type { Collection } from './headers.ts';
import { hash, KeyTable } from './key-table.ts';
import {
  MAX_REPORTED_CHANGES,
  type ChangeAction,
  type PlannedChange,
  type Tally,
} from './import-types.ts';

export function tally(): Tally {
  return { created: 0, updated: 0, unchanged: 0 };
}

/**
 * Rows of one file that mean the same record are written as one, combined in
 * file order. Pass 1 learns which ids repeat and on which line they last occur
 * (in a compact key table); pass 2 holds only those records until their last
 * line, so memory grows with the number of duplicates, not with the file.
 */
export class DuplicateGroups<T> {
  readonly #keys = new KeyTable();
  /** Waiting records by key hash, then by key (a hash is shared only by accident). */
  readonly #held = new Map<string, Map<string, T>>();
  #heldCount = 0;

  count(id: string, line: number): void {
    this.#keys.add(id, line);
  }

  get held(): number {
    return this.#heldCount;
  }

  /**
   * Returns the records complete on this line: usually just this row's, or none
   * while a repeated record waits for its last row.
   */
  add(id: string, line: number, entry: T, combine: (into: T, next: T) => void): T[] {
    const last = this.#keys.repeatedUntil(id);
    if (last === undefined) return [entry];
    const bucketKey = hash(id).join(':');
    const bucket = this.#held.get(bucketKey) ?? new Map<string, T>();
    this.#held.set(bucketKey, bucket);
    const held = bucket.get(id);
    if (held) combine(held, entry);
    else {
      bucket.set(id, entry);
      this.#heldCount += 1;
    }
    if (line !== last) return [];
    // The hash's last line: every record waiting under it is complete.
    this.#held.delete(bucketKey);
    this.#heldCount -= bucket.size;
    return [...bucket.values()];
  }
}

export class ChangeLog {
  readonly entries: PlannedChange[] = [];
  truncated = false;
  readonly #collection: Collection;

  constructor(collection: Collection) {
    this.#collection = collection;
  }

  /** `fields` is computed only while the log has room: a large import reports the first changes. */
  add(line: number, id: string, action: ChangeAction, fields: () => PlannedChange['fields']): void {
    if (this.entries.length >= MAX_REPORTED_CHANGES) {
      this.truncated = true;
      return;
    }
    this.entries.push({ line, id, collection: this.#collection, action, fields: fields() });
  }
}
