import type { HeatLevel } from './yearGrid';

/**
 * How the tracker's charts look: colours, stroke widths and sizes, in one place so the app
 * (React SVG) and the PDF export (static SVG markup from main) draw the very same picture.
 *
 * The app uses `APP_PALETTE`: CSS variables of the theme with concrete fallbacks, so light and
 * dark both work. The export uses `PRINT_PALETTE`: concrete colours only (no stylesheet in
 * a PDF). Colours describe, they never judge: one calm hue, a plain neutral for a day without
 * a check-in, and no red anywhere.
 */

export interface ChartPalette {
  /** The thin line through the daily answers. */
  valueLine: string;
  /** The dots of the daily answers. */
  point: string;
  /** The 7-day average, the line that carries the trend. */
  averageLine: string;
  gridLine: string;
  axisText: string;
  /** A year-grid day without a check-in. */
  emptyCell: string;
  /** Year-grid days by level 0..4, light to deep. */
  heat: readonly [string, string, string, string, string];
}

export const CHART_STYLE = {
  valueStrokeWidth: 1.25,
  averageStrokeWidth: 2.75,
  gridStrokeWidth: 1,
  fontSize: 11,
  /** Trend chart size in user units; the SVG scales to its container. */
  trendWidth: 720,
  trendHeight: 240,
  /** Year-grid square, gap between squares, corner radius. */
  cellSize: 11,
  cellGap: 3,
  cellRadius: 2,
} as const;

/** How much of the accent each heat level holds, over the surface colour (percent). */
export const HEAT_MIX = [22, 42, 62, 82, 100] as const;

/** The light theme's colours from styles.css, the concrete values behind the variables. */
const LIGHT = {
  surface: '#ffffff',
  accent: '#5a7d6c',
  deepAccent: '#3f5f50',
  muted: '#6b665e',
  border: '#e2ddd4',
  neutral: '#ebe7e0',
} as const;

function channel(hex: string, index: number): number {
  return parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
}

/** `#rrggbb` holding `percent` of `over` on `under`. */
export function mixHex(over: string, under: string, percent: number): string {
  const parts = [0, 1, 2].map((i) => {
    const value = Math.round((channel(over, i) * percent + channel(under, i) * (100 - percent)) / 100);
    return value.toString(16).padStart(2, '0');
  });
  return `#${parts.join('')}`;
}

type Heat = ChartPalette['heat'];
const heatScale = (color: (percent: number) => string): Heat => [
  color(HEAT_MIX[0]),
  color(HEAT_MIX[1]),
  color(HEAT_MIX[2]),
  color(HEAT_MIX[3]),
  color(HEAT_MIX[4]),
];

export const APP_PALETTE: ChartPalette = {
  valueLine: `var(--muted, ${LIGHT.muted})`,
  point: `var(--accent, ${LIGHT.accent})`,
  averageLine: `color-mix(in srgb, var(--accent, ${LIGHT.accent}) 75%, var(--text, #2b2a28))`,
  gridLine: `var(--border, ${LIGHT.border})`,
  axisText: `var(--muted, ${LIGHT.muted})`,
  emptyCell: `color-mix(in srgb, var(--border, ${LIGHT.border}) 70%, var(--surface, ${LIGHT.surface}))`,
  heat: heatScale(
    (percent) =>
      `color-mix(in srgb, var(--accent, ${LIGHT.accent}) ${percent}%, var(--surface, ${LIGHT.surface}))`,
  ),
};

export const PRINT_PALETTE: ChartPalette = {
  valueLine: LIGHT.muted,
  point: LIGHT.accent,
  averageLine: LIGHT.deepAccent,
  gridLine: LIGHT.border,
  axisText: LIGHT.muted,
  emptyCell: LIGHT.neutral,
  heat: heatScale((percent) => mixHex(LIGHT.accent, LIGHT.surface, percent)),
};

/** The fill of a year-grid day: its level's colour, or the neutral one without a check-in. */
export function heatFill(level: HeatLevel | null, palette: ChartPalette): string {
  return level === null ? palette.emptyCell : palette.heat[level];
}

/**
 * The radius of a daily dot: as large as fits between neighbouring days (so 30 days get
 * clear dots and 365 days do not blot out the average), between 1.25 and 3.5.
 */
export function pointRadius(days: number, plotWidth: number): number {
  const spacing = plotWidth / Math.max(1, days - 1);
  return Math.round(Math.min(3.5, Math.max(1.25, spacing * 0.4)) * 100) / 100;
}
