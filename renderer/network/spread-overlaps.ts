/**
 * Pushes overlapping circles apart: each pass looks only at neighbours in the
 * surrounding cells of a grid as wide as the largest circle, so a pass is linear
 * in the number of nodes. `xy` is [x0, y0, x1, y1, …], changed in place.
 */
export function spreadOverlaps(
  xy: Float64Array,
  radii: readonly number[],
  margin: number,
  passes: number,
): void {
  const count = radii.length;
  const cell = 2 * Math.max(1, ...radii) + margin;
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const key = cellKey(Math.floor(xy[i * 2]! / cell), Math.floor(xy[i * 2 + 1]! / cell));
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < count; i++) {
      const cx = Math.floor(xy[i * 2]! / cell);
      const cy = Math.floor(xy[i * 2 + 1]! / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
            if (j > i && separate(xy, i, j, radii[i]! + radii[j]! + margin)) moved = true;
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
  let distance = Math.hypot(dx, dy);
  if (distance >= wanted) return false;
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
