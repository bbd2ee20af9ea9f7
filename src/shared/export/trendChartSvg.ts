import type { TrendChart } from '../tracker/chart';
import { escapeHtml } from './escapeHtml';

/**
 * Draws a `trendChart()` layout as static SVG markup: the same geometry the tracker screen
 * draws, with concrete colours instead of CSS variables, because a PDF has no theme and
 * must look the same on every printer. Pure and script-free.
 */

export interface ChartPalette {
  /** The daily answers: a thin line and small dots. */
  value: string;
  /** The rolling average: the line the eye should follow. */
  average: string;
  grid: string;
  axis: string;
  text: string;
}

/** Print colours: dark enough for a greyscale printer, distinct without colour. */
export const PRINT_CHART_PALETTE: ChartPalette = {
  value: '#8c9a93',
  average: '#2f5d4a',
  grid: '#e3dfd8',
  axis: '#9a958c',
  text: '#55514a',
};

/** The size the data source should lay charts out at for print (about 17 cm wide on paper). */
export const PRINT_CHART_SIZE = { width: 640, height: 220 } as const;

export interface TrendChartSvgOptions {
  /** The chart's name, read out as the SVG's title. */
  title: string;
  palette?: ChartPalette;
}

const attr = (value: string | number): string => escapeHtml(String(value));

export function trendChartSvg(chart: TrendChart, options: TrendChartSvgOptions): string {
  const palette = options.palette ?? PRINT_CHART_PALETTE;
  const { plot } = chart;
  const parts: string[] = [];

  for (const tick of chart.yTicks) {
    parts.push(
      `<line x1="${attr(plot.left)}" x2="${attr(plot.right)}" y1="${attr(tick.y)}" y2="${attr(tick.y)}" stroke="${attr(palette.grid)}" stroke-width="1"/>`,
      `<text x="${attr(plot.left - 6)}" y="${attr(tick.y)}" dy="0.32em" text-anchor="end">${escapeHtml(tick.label)}</text>`,
    );
  }
  parts.push(
    `<line x1="${attr(plot.left)}" x2="${attr(plot.right)}" y1="${attr(plot.bottom)}" y2="${attr(plot.bottom)}" stroke="${attr(palette.axis)}" stroke-width="1"/>`,
  );
  for (const tick of chart.xTicks) {
    parts.push(
      `<line x1="${attr(tick.x)}" x2="${attr(tick.x)}" y1="${attr(plot.bottom)}" y2="${attr(plot.bottom + 4)}" stroke="${attr(palette.axis)}" stroke-width="1"/>`,
      `<text x="${attr(tick.x)}" y="${attr(plot.bottom + 16)}" text-anchor="middle">${escapeHtml(tick.label)}</text>`,
    );
  }
  if (chart.valuePath !== '') {
    parts.push(
      `<path d="${attr(chart.valuePath)}" fill="none" stroke="${attr(palette.value)}" stroke-width="1.25" stroke-linejoin="round"/>`,
    );
  }
  for (const point of chart.points) {
    parts.push(`<circle cx="${attr(point.x)}" cy="${attr(point.y)}" r="2" fill="${attr(palette.value)}"/>`);
  }
  if (chart.averagePath !== '') {
    parts.push(
      `<path d="${attr(chart.averagePath)}" fill="none" stroke="${attr(palette.average)}" stroke-width="2.75" stroke-linejoin="round" stroke-linecap="round"/>`,
    );
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="trend-chart" viewBox="${attr(chart.viewBox)}" ` +
    `width="${attr(chart.width)}" height="${attr(chart.height)}" role="img" ` +
    `font-size="11" fill="${attr(palette.text)}" overflow="visible">` +
    `<title>${escapeHtml(options.title)}</title><desc>${escapeHtml(chart.summary)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
