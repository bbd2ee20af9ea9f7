import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PatienceView } from '../../../src/renderer/src/tracker/PatienceView';
import { TrendChartSvg } from '../../../src/renderer/src/tracker/TrendChartSvg';
import { YearGridSvg } from '../../../src/renderer/src/tracker/YearGridSvg';
import { PRINT_PALETTE } from '../../../src/shared/tracker/chartStyle';
import { addDays } from '../../../src/shared/dates';
import { metricTrend, metricYear } from '../../../src/shared/tracker/metricChart';
import { brokeTrust } from './fixtures';

const TODAY = '2026-03-15';
const checkins = [0, 1, 2, 4, 5].map((back) =>
  brokeTrust(addDays(TODAY, -back), { selfForgiveness: 3 + back }),
);

const count = (html: string, pattern: RegExp): number => (html.match(pattern) ?? []).length;

describe('TrendChartSvg', () => {
  const trend = metricTrend(checkins, 'selfForgiveness', addDays(TODAY, -29), TODAY);

  it('draws one dot per check-in, the daily line and the average, from the chart output alone', () => {
    const html = renderToStaticMarkup(
      createElement(TrendChartSvg, { chart: trend.chart, title: 'Self-forgiveness', radius: trend.radius }),
    );
    expect(count(html, /<circle /g)).toBe(5);
    expect(html).toContain(`d="${trend.chart.valuePath}"`);
    expect(html).toContain(`d="${trend.chart.averagePath}"`);
    expect(html).toMatch(/role="img"/);
    expect(html).toContain(`<desc id="`);
    expect(html).toContain(trend.chart.summary);
    // The app draws with the theme variables.
    expect(html).toContain('var(--accent, #5a7d6c)');
  });

  it('draws with concrete colours when given the print palette', () => {
    const html = renderToStaticMarkup(
      createElement(TrendChartSvg, {
        chart: trend.chart,
        title: 'Self-forgiveness',
        radius: 2,
        palette: PRINT_PALETTE,
      }),
    );
    expect(html).not.toContain('var(');
    expect(html).toContain(`fill:${PRINT_PALETTE.point}`);
  });
});

describe('YearGridSvg', () => {
  it('gives a checked-in day its level and the other days the neutral colour', () => {
    const layout = metricYear(checkins, 'selfForgiveness', TODAY);
    const html = renderToStaticMarkup(
      createElement(YearGridSvg, { layout, title: 'Year', palette: PRINT_PALETTE }),
    );
    expect(count(html, /<rect /g)).toBe(layout.cells.length);
    expect(count(html, /data-level="none"/g)).toBe(layout.cells.length - 5);
    // 3 on 0..10 is in the second fifth: level 1.
    expect(html).toContain(`data-date="${TODAY}" data-level="1" style="fill:${PRINT_PALETTE.heat[1]}"`);
    expect(count(html, new RegExp(`fill:${PRINT_PALETTE.emptyCell}`, 'g'))).toBe(layout.cells.length - 5);
    expect(html).toContain('<title>15 Mar 2026: 3</title>');
  });
});

describe('PatienceView', () => {
  const trend = { checkins, metric: 'selfForgiveness' as const };

  it('asks for the start date in step 7 and shows nothing made up until it is set', () => {
    const html = renderToStaticMarkup(
      createElement(PatienceView, { startedOn: null, milestones: [], today: TODAY, trend }),
    );
    expect(html).toContain('Set the day the truth came out in step 7.');
    expect(html).not.toContain('<svg');
    expect(html).not.toMatch(/\d+ days? since/);
  });

  it('counts the days since the truth came out, lists the milestones in order, and shows the trend since then', () => {
    const html = renderToStaticMarkup(
      createElement(PatienceView, {
        startedOn: '2026-03-01',
        milestones: [
          { date: '2026-06-01', text: 'Three months of honesty' },
          { date: '2026-03-08', text: 'First week' },
        ],
        today: TODAY,
        trend,
      }),
    );
    expect(html).toContain('14 days since the truth came out on 1 Mar 2026.');
    expect(html.indexOf('First week')).toBeLessThan(html.indexOf('Three months of honesty'));
    expect(html).toContain('1 Jun 2026 (ahead)');
    expect(html).toContain('Self-forgiveness since 1 Mar 2026');
    expect(count(html, /<circle /g)).toBe(5);
  });

  it('shows at most the last year of trend after a long time', () => {
    const html = renderToStaticMarkup(
      createElement(PatienceView, { startedOn: '2024-01-10', milestones: [], today: TODAY, trend }),
    );
    expect(html).toContain('795 days since the truth came out on 10 Jan 2024.');
    expect(html).toContain('Self-forgiveness since 16 Mar 2025');
    expect(html).toContain('No milestones on your timeline yet.');
  });
});
