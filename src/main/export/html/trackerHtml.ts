import { escapeHtml } from '@shared/export/escapeHtml';
import type { TrackerSection } from '@shared/export/exportModel';
import { PRINT_CHART_PALETTE, trendChartSvg } from '@shared/export/trendChartSvg';
import { WORDS } from './exportWords';

/** The tracker: per track, each metric's trend chart with its text summary, then the summary lines. */

export const trackerAnchor = (trackId: string): string => `tracker-${trackId}`;

function swatch(colour: string, width: number): string {
  return `<svg width="18" height="8" viewBox="0 0 18 8" aria-hidden="true"><line x1="1" x2="17" y1="4" y2="4" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/></svg>`;
}

const LEGEND =
  `<div class="legend" aria-hidden="true">` +
  `<span>${swatch(PRINT_CHART_PALETTE.value, 1.5)}${WORDS.legendDaily}</span>` +
  `<span>${swatch(PRINT_CHART_PALETTE.average, 3)}${WORDS.legendAverage}</span></div>`;

function sectionHtml(section: TrackerSection): string {
  const charts = section.charts.map(
    (chart) =>
      `<figure class="chart"><figcaption dir="auto">${escapeHtml(chart.metricLabel)}</figcaption>` +
      trendChartSvg(chart.chart, { title: chart.metricLabel }) +
      LEGEND +
      `<p class="chart-summary" dir="auto">${escapeHtml(chart.chart.summary)}</p></figure>`,
  );
  const lines =
    section.summaryLines.length > 0
      ? `<ul class="summary-lines">${section.summaryLines.map((line) => `<li dir="auto">${escapeHtml(line)}</li>`).join('')}</ul>`
      : '';
  return (
    `<div class="track" id="${escapeHtml(trackerAnchor(section.trackId))}">` +
    `<h2 dir="auto">${escapeHtml(section.trackTitle)}</h2>${charts.join('\n')}${lines}</div>`
  );
}

export function trackerHtml(sections: readonly TrackerSection[]): string {
  if (sections.length === 0) return '';
  return `<section class="part" id="tracker"><h1>${WORDS.tracker}</h1>${sections.map(sectionHtml).join('\n')}</section>`;
}
