/**
 * "Unchanged" means equal as data: key order, the store's timestamps and the
 * import time do not count, or importing the same file twice would look like a change.
 */
const IGNORED = new Set(['createdAt', 'updatedAt', 'importedAt', 'id']);

export function sameRecord(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

/** Field-by-field differences, for the dry-run report. */
export function changedFields(
  before: object | undefined,
  after: object,
): Record<string, { before?: unknown; after?: unknown }> {
  const out: Record<string, { before?: unknown; after?: unknown }> = {};
  const b = (before ?? {}) as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED.has(key)) continue;
    if (canonicalValue(b[key]) === canonicalValue(a[key])) continue;
    out[key] = { before: b[key], after: a[key] };
  }
  return out;
}

export function withoutTimestamps<T extends object>(record: T): T {
  const copy = { ...record } as Record<string, unknown>;
  delete copy['createdAt'];
  delete copy['updatedAt'];
  delete copy['importedAt'];
  return copy as T;
}

function canonical(record: object): string {
  const entries = Object.entries(record)
    .filter(([key, value]) => !IGNORED.has(key) && value !== undefined && !isEmptyList(value))
    .sort(([x], [y]) => (x < y ? -1 : 1));
  return JSON.stringify(entries.map(([key, value]) => [key, canonicalValue(value)]));
}

function canonicalValue(value: unknown): string {
  if (value === undefined || isEmptyList(value)) return '';
  if (Array.isArray(value) || value === null || typeof value !== 'object')
    return JSON.stringify(value);
  return canonical(value);
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}
