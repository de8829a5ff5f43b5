import { describe, expect, it } from 'vitest';
import { restorableBounds } from '../../../electron/main/window-bounds.ts';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1410 };
const saved = (x: number, y: number, width = 1280, height = 820) => ({
  bounds: { x, y, width, height },
  maximized: false,
});

describe('restoring the window position', () => {
  it('restores bounds that are on an attached display', () => {
    expect(restorableBounds(saved(100, 80), [laptop])).toEqual(saved(100, 80).bounds);
    expect(restorableBounds(saved(2200, 100), [laptop, rightMonitor])).toEqual(
      saved(2200, 100).bounds,
    );
  });

  it('ignores bounds on a monitor that was unplugged', () => {
    expect(restorableBounds(saved(2200, 100), [laptop])).toBeUndefined();
  });

  it('ignores a window that would show only a sliver', () => {
    expect(restorableBounds(saved(1900, 100), [laptop])).toBeUndefined();
    expect(restorableBounds(saved(-1250, 100), [laptop])).toBeUndefined();
  });

  it('ignores nothing saved, nonsense numbers and tiny windows', () => {
    expect(restorableBounds(undefined, [laptop])).toBeUndefined();
    expect(restorableBounds(saved(Number.NaN, 0), [laptop])).toBeUndefined();
    expect(restorableBounds(saved(0, 0, 200, 100), [laptop])).toBeUndefined();
  });
});
