/**
 * Reading the joined columns of the lean analysis read (embedded-analysis-read)
 * without a string per value: at a million relationships that is millions of
 * short-lived strings, whose garbage costs as much as the read itself.
 */

/** Separates ids: graph-schema's IdSchema forbids control characters in them. */
export const SEPARATOR = '\u001f';
const COMMA = 44;

/**
 * Comma-separated integers; an empty field (no last contact) or any other text
 * (a strength read apart) becomes NaN.
 */
export function integers(joined: string, count: number): Float64Array {
  const out = new Float64Array(count);
  if (count === 0) return out;
  let r = 0;
  let value = 0;
  let sign = 1;
  let digits = 0;
  let other = false;
  for (let i = 0; i <= joined.length; i++) {
    const c = i < joined.length ? joined.charCodeAt(i) : COMMA;
    if (c === COMMA) {
      if (r < count) out[r] = digits > 0 && !other ? sign * value : Number.NaN;
      r++;
      value = 0;
      sign = 1;
      digits = 0;
      other = false;
    } else if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 45 && digits === 0) sign = -1;
    else other = true;
  }
  if (r !== count) throw new Error(`Expected ${count} values in a column, read ${r}.`);
  return out;
}

/**
 * A lookup from node ids to positions for SEPARATOR-joined id columns: an
 * open-addressing table probed straight from the joined text.
 */
export function idPositions(ids: readonly string[]) {
  const table = new Int32Array(2 ** Math.ceil(Math.log2(2 * ids.length + 2))).fill(-1);
  const mask = table.length - 1;
  ids.forEach((id, i) => {
    let slot = hashOf(id, 0, id.length) & mask;
    while (table[slot]! >= 0) slot = (slot + 1) & mask;
    table[slot] = i;
  });
  return (joined: string, count: number): Int32Array => {
    const out = new Int32Array(count);
    let start = 0;
    for (let r = 0; r < count; r++) {
      let end = joined.indexOf(SEPARATOR, start);
      if (end < 0) end = joined.length;
      let slot = hashOf(joined, start, end) & mask;
      let found = -1;
      for (let candidate = table[slot]!; candidate >= 0; candidate = table[slot]!) {
        if (sameText(ids[candidate]!, joined, start, end)) {
          found = candidate;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (found < 0) {
        throw new Error(`A relationship refers to unknown node "${joined.slice(start, end)}".`);
      }
      out[r] = found;
      start = end + 1;
    }
    if (count > 0 && start !== joined.length + 1) throw new Error('An id column has extra values.');
    return out;
  };
}

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 2166136261;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function sameText(id: string, text: string, start: number, end: number): boolean {
  if (id.length !== end - start) return false;
  for (let i = 0; i < id.length; i++) {
    if (id.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}
