// Window size, position and maximized state across launches, clamped to the displays present now
// (a laptop undocked from its second screen must not open the window off screen).
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export interface WindowLimits {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

const int = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.object({
  x: int,
  y: int,
  width: int.min(1),
  height: int.min(1),
  maximized: z.boolean(),
});

/** The stored JSON, or null when it is missing or not what we wrote. */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function centred(area: Rect, width: number, height: number): Rect {
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the window opens: the saved bounds on the display they overlap most, shrunk to fit and
 * moved fully inside its work area; centred on the primary display (the first work area) when
 * nothing was saved or the saved place is on no display any more.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  limits: WindowLimits,
): WindowState {
  const primary = workAreas[0];
  if (!primary) {
    return { x: 0, y: 0, width: limits.width, height: limits.height, maximized: saved?.maximized ?? false };
  }
  const fit = (area: Rect, width: number, height: number) => ({
    width: Math.min(Math.max(width, limits.minWidth), area.width),
    height: Math.min(Math.max(height, limits.minHeight), area.height),
  });
  if (!saved) {
    const size = fit(primary, limits.width, limits.height);
    return { ...centred(primary, size.width, size.height), maximized: false };
  }
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o > bestOverlap) {
      best = area;
      bestOverlap = o;
    }
  }
  if (!best) {
    const size = fit(primary, saved.width, saved.height);
    return { ...centred(primary, size.width, size.height), maximized: saved.maximized };
  }
  const size = fit(best, saved.width, saved.height);
  return {
    x: clamp(saved.x, best.x, best.x + best.width - size.width),
    y: clamp(saved.y, best.y, best.y + best.height - size.height),
    width: size.width,
    height: size.height,
    maximized: saved.maximized,
  };
}

/** What to remember of a window: its normal (un-maximized) bounds and whether it is maximized. */
export function captureWindowState(win: {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
}): WindowState {
  const b = win.getNormalBounds();
  return {
    x: Math.round(b.x),
    y: Math.round(b.y),
    width: Math.round(b.width),
    height: Math.round(b.height),
    maximized: win.isMaximized() || win.isFullScreen(),
  };
}
