import { describe, expect, it } from 'vitest';
import { restoreBounds, SavedWindowState, type Rect } from '../../../src/main/electron/windowState';

const laptop = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
/** A monitor to the left of the laptop, so its coordinates are negative. */
const leftMonitor = { workArea: { x: -1920, y: 0, width: 1920, height: 1050 } };

const saved = (bounds: Rect, maximized = false): SavedWindowState => ({ bounds, maximized });

function inside(bounds: Rect | null, area: Rect): boolean {
  if (bounds === null) return false;
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

describe('restoring the window', () => {
  it('uses the defaults when nothing was saved or no display is known', () => {
    expect(restoreBounds(null, [laptop])).toBeNull();
    expect(restoreBounds(saved({ x: 10, y: 40, width: 900, height: 700 }), [])).toBeNull();
  });

  it('puts a window that fits back exactly where it was', () => {
    const bounds = { x: 100, y: 60, width: 1000, height: 700 };
    expect(restoreBounds(saved(bounds), [laptop])).toEqual(bounds);
  });

  it('restores onto a second display with negative coordinates', () => {
    const bounds = { x: -1500, y: 100, width: 1100, height: 760 };
    expect(restoreBounds(saved(bounds), [laptop, leftMonitor])).toEqual(bounds);
  });

  it('pulls a window hanging off the edge fully back into the work area', () => {
    const restored = restoreBounds(saved({ x: 1200, y: 800, width: 1000, height: 700 }), [laptop]);
    expect(restored).toEqual({ x: 440, y: 200, width: 1000, height: 700 });
    expect(inside(restored, laptop.workArea)).toBe(true);
  });

  it('keeps the title bar below a top menu bar', () => {
    const restored = restoreBounds(saved({ x: 50, y: -200, width: 900, height: 600 }), [laptop]);
    expect(restored?.y).toBe(25);
  });

  it('shrinks a window larger than the display it is on', () => {
    const restored = restoreBounds(saved({ x: -1900, y: 0, width: 2500, height: 1400 }), [
      laptop,
      leftMonitor,
    ]);
    expect(restored).toEqual(leftMonitor.workArea);
  });

  it('centres the window on the primary display when its display is gone', () => {
    const restored = restoreBounds(saved({ x: -1500, y: 100, width: 1100, height: 760 }), [laptop]);
    expect(restored).toEqual({ x: 170, y: 83, width: 1100, height: 760 });
    expect(inside(restored, laptop.workArea)).toBe(true);
  });

  it('chooses the display the window mostly covered', () => {
    // 300 px on the left monitor, 700 px on the laptop.
    const restored = restoreBounds(saved({ x: -300, y: 100, width: 1000, height: 700 }), [
      laptop,
      leftMonitor,
    ]);
    expect(restored).toEqual({ x: 0, y: 100, width: 1000, height: 700 });
  });

  it('never makes the window smaller than its minimum size, unless the display is smaller', () => {
    expect(restoreBounds(saved({ x: 10, y: 40, width: 200, height: 100 }), [laptop])).toMatchObject({
      width: 720,
      height: 520,
    });
    const tiny = { workArea: { x: 0, y: 0, width: 640, height: 480 } };
    expect(restoreBounds(saved({ x: 0, y: 0, width: 900, height: 700 }), [tiny])).toEqual(tiny.workArea);
  });

  it('ignores a damaged or hand-edited state file', () => {
    expect(SavedWindowState.safeParse({ bounds: { x: 'a' }, maximized: true }).success).toBe(false);
    expect(
      SavedWindowState.safeParse({ bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }).success,
    ).toBe(false);
    expect(
      SavedWindowState.safeParse({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: true })
        .success,
    ).toBe(true);
  });
});
