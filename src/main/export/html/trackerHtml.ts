import { escapeHtml } from '@shared/export/escapeHtml';
import type { CheckinDay, TrackerSection } from '@shared/export/exportModel';
import { PRINT_CHART_PALETTE, trendChartSvg } from '@shared/export/trendChartSvg';
import { formatDate, WORDS } from './exportWords';

/** The tracker: per track, each metric's trend chart with its text summary, then the summary lines. */

export const trackerAnchor = (trackId: string): string => `tracker-${trackId}`;

function swatch(colour: string, width: number): string {
  return `<svg width="18" height="8" viewBox="0 0 18 8" aria-hidden="true"><line x1="1" x2="17" y1="4" y2="4" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/></svg>`;
}

const LEGEND =
  `<div class="legend" aria-hidden="true">` +
  `<span>${swatch(PRINT_CHART_PALETTE.value, 1.5)}${WORDS.legendDaily}</span>` +
  `<span>${swatch(PRINT_CHART_PALETTE.average, 3)}${WORDS.legendAverage}</span></div>`;

/** One check-in: the date and each answer, then what was written toward repair and the note, full width. */
function dayRowsHtml(day: CheckinDay, columns: number): string {
  const cells = day.answers.map((answer) => `<td>${escapeHtml(answer)}</td>`).join('');
  const written = [
    day.repair === null ? '' : `<p dir="auto"><span class="label">${WORDS.repair}:</span> ${escapeHtml(day.repair)}</p>`,
    day.note === null ? '' : `<p dir="auto"><span class="label">${WORDS.checkinNote}:</span> ${escapeHtml(day.note)}</p>`,
  ].join('');
  return (
    `<tbody class="day"><tr><th scope="row">${escapeHtml(formatDate(day.date))}</th>${cells}</tr>` +
    (written === '' ? '' : `<tr class="written"><td colspan="${columns + 1}">${written}</td></tr>`) +
    `</tbody>`
  );
}

/** Every check-in of the period, day by day: the answers in words and what the person wrote. */
function dailyTableHtml(section: TrackerSection): string {
  if (section.days.length === 0) return '';
  const head = section.columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  return (
    `<h3>${WORDS.dailyTable}</h3>` +
    `<table class="daily"><thead><tr><th scope="col">${WORDS.day}</th>${head}</tr></thead>` +
    section.days.map((day) => dayRowsHtml(day, section.columns.length)).join('') +
    `</table>`
  );
}

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
    `<h2 dir="auto">${escapeHtml(section.trackTitle)}</h2>${charts.join('\n')}${lines}${dailyTableHtml(section)}</div>`
  );
}

export function trackerHtml(sections: readonly TrackerSection[]): string {
  if (sections.length === 0) return '';
  return `<section class="part" id="tracker"><h1>${WORDS.tracker}</h1>${sections.map(sectionHtml).join('\n')}</section>`;
}
