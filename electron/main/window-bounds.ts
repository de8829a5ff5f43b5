/**
 * Where the main window reopens. Saved bounds are used only if enough of the
 * window would be on a display that is still attached; a window restored onto
 * a monitor that was unplugged is invisible and the user cannot drag it back.
 */
export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Rectangle;
  readonly maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** How much of the window must be visible on one display: enough to grab the title bar. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

export function restorableBounds(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
): Rectangle | undefined {
  if (!saved) return undefined;
  const { bounds } = saved;
  const valid = [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite);
  if (!valid || bounds.width < MIN_SIZE.width || bounds.height < MIN_SIZE.height) return undefined;
  const visible = workAreas.some((area) => {
    const overlap = intersection(bounds, area);
    return overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height;
  });
  return visible ? bounds : undefined;
}

function intersection(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}
