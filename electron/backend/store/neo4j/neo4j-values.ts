import neo4j from 'neo4j-driver';

/**
 * The boundary between driver values and plain data: Integers become numbers,
 * temporal values become ISO strings, so no driver type leaves the store.
 * Dates of the model (`yyyy-mm-dd`) are stored as Neo4j `Date` values, which is
 * what a Cypher user expects (`r.lastContact > date('2025-01-01')`).
 */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isDate(value as object)) return dateString(value as { toString(): string });
  if (
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isDuration(value as object)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

function dateString(value: { toString(): string }): string {
  return value.toString().slice(0, 10);
}

/** Properties of a node or relationship as plain values (absent when null). */
export function plainProps(props: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof props !== 'object' || props === null) return out;
  for (const [key, value] of Object.entries(props)) {
    const converted = plain(value);
    if (converted !== undefined) out[key] = converted;
  }
  return out;
}

export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A `yyyy-mm-dd` from a stored Date or a string a Cypher user wrote. */
export function asIsoDate(value: unknown): string | undefined {
  const text = asString(value);
  return text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : undefined;
}

export function asStringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => asString(v) ?? []);
  const single = asString(value);
  return single ? [single] : [];
}

/** JSON kept in one property (consent channels, extra properties); bad JSON reads as absent. */
export function parseJsonObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Object keys sorted recursively: two equal records give the same string. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}

/** Whole numbers for SKIP/LIMIT: JavaScript numbers reach Cypher as floats otherwise. */
export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.max(0, Math.floor(value)));
}
