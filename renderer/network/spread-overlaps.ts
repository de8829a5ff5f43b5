/**
 * Pushes overlapping circles apart: each pass looks only at neighbours in the
 * surrounding cells of a grid as wide as the largest circle, so a pass is linear
 * in the number of nodes. `xy` is [x0, y0, x1, y1, …], changed in place.
 *
 * The grid is rebuilt every pass as one linked list per cell (a head per cell
 * key, a `next` per node) instead of an array per cell: a 2,000-node scene runs
 * all its passes on dense hubs, and the garbage of per-cell arrays cost more
 * than the geometry.
 */
export function spreadOverlaps(
  xy: Float64Array,
  radii: readonly number[],
  margin: number,
  passes: number,
): void {
  const count = radii.length;
  const cell = 2 * Math.max(1, ...radii) + margin;
  const next = new Int32Array(count);
  const head = new Map<number, number>();
  for (let pass = 0; pass < passes; pass++) {
    head.clear();
    // Backwards, so that every cell lists its nodes in ascending order.
    for (let i = count - 1; i >= 0; i--) {
      const key = cellKey(Math.floor(xy[i * 2]! / cell), Math.floor(xy[i * 2 + 1]! / cell));
      next[i] = head.get(key) ?? -1;
      head.set(key, i);
    }
    let moved = false;
    for (let i = 0; i < count; i++) {
      const cx = Math.floor(xy[i * 2]! / cell);
      const cy = Math.floor(xy[i * 2 + 1]! / cell);
      const ri = radii[i]! + margin;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (let j = head.get(cellKey(cx + dx, cy + dy)) ?? -1; j >= 0; j = next[j]!) {
            if (j > i && separate(xy, i, j, ri + radii[j]!)) moved = true;
          }
        }
      }
    }
    if (!moved) return;
  }
}

/** One number per grid cell; exact for the few thousand cells a scene spans. */
const cellKey = (x: number, y: number) => x * 1_048_576 + y;

/** Moves i and j apart by half their overlap each; true when they overlapped. */
function separate(xy: Float64Array, i: number, j: number, wanted: number): boolean {
  let dx = xy[j * 2]! - xy[i * 2]!;
  let dy = xy[j * 2 + 1]! - xy[i * 2 + 1]!;
  const squared = dx * dx + dy * dy;
  // Most pairs in neighbouring cells are apart: no square root for them.
  if (squared >= wanted * wanted) return false;
  let distance = Math.sqrt(squared);
  if (distance < 1e-6) {
    // Two nodes on the same spot: part them in a direction that differs per pair.
    const angle = (i * 7919 + j * 104729) % 360;
    dx = Math.cos(angle);
    dy = Math.sin(angle);
    distance = 1;
  }
  const push = (wanted - distance) / 2 / distance;
  xy[i * 2] = xy[i * 2]! - dx * push;
  xy[i * 2 + 1] = xy[i * 2 + 1]! - dy * push;
  xy[j * 2] = xy[j * 2]! + dx * push;
  xy[j * 2 + 1] = xy[j * 2 + 1]! + dy * push;
  return true;
}
