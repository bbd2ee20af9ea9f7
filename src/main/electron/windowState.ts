import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Electron's `Display` has this shape (and more). */
export interface DisplayArea {
  workArea: Rect;
}

/**
 * What Mend remembers about its window between runs: geometry only, never anything from
 * the journal. Read back through this schema, so a hand-edited or damaged file is ignored.
 */
export const SavedWindowState = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});
export type SavedWindowState = z.infer<typeof SavedWindowState>;

export const MIN_WINDOW_SIZE = { width: 720, height: 520 } as const;

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Where to open the window: the saved bounds, moved and shrunk so the whole window sits in
 * the work area of the display it mostly covered. If that display is gone (a laptop
 * unplugged from its monitor), the window opens centred on the first display, which the
 * caller passes as the primary one. Null means "no usable memory: use the defaults".
 */
export function restoreBounds(saved: SavedWindowState | null, displays: readonly DisplayArea[]): Rect | null {
  const primary = displays[0];
  if (saved === null || primary === undefined) return null;
  const wanted = saved.bounds;

  let best: DisplayArea | null = null;
  let bestOverlap = 0;
  for (const display of displays) {
    const overlap = overlapArea(wanted, display.workArea);
    if (overlap > bestOverlap) {
      best = display;
      bestOverlap = overlap;
    }
  }

  const area = (best ?? primary).workArea;
  const width = Math.round(clamp(wanted.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width));
  const height = Math.round(clamp(wanted.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height));
  if (best === null) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
  }
  return {
    x: Math.round(clamp(wanted.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(wanted.y, area.y, area.y + area.height - height)),
    width,
    height,
  };
}
