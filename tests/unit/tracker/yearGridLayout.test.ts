import { describe, expect, it } from 'vitest';
import { CHART_STYLE } from '../../../src/shared/tracker/chartStyle';
import { formatMetricValue } from '../../../src/shared/tracker/checkins';
import { yearGrid } from '../../../src/shared/tracker/yearGrid';
import { yearGridLayout } from '../../../src/shared/tracker/yearGridLayout';
import { brokeTrust } from './fixtures';

const TODAY = '2026-03-18'; // a Wednesday
const step = CHART_STYLE.cellSize + CHART_STYLE.cellGap;

describe('yearGridLayout', () => {
  const checkins = [
    brokeTrust('2026-03-16', { selfForgiveness: 10 }),
    brokeTrust('2026-03-18', { selfForgiveness: 0 }),
    brokeTrust('2025-06-01', { selfForgiveness: 5 }),
  ];
  const grid = yearGrid(checkins, 'selfForgiveness', TODAY);
  const layout = yearGridLayout(grid, { label: 'Self-forgiveness', domain: [0, 10] });

  it('draws every day of the period and none of the padding after today', () => {
    expect(layout.cells[0]?.date).toBe(grid.from);
    expect(layout.cells.at(-1)?.date).toBe(TODAY);
    expect(layout.cells).toHaveLength(53 * 7 - 4); // Thu..Sun of this week are still to come
  });

  it('places a day by its week column and weekday row', () => {
    const monday = layout.cells.find((c) => c.date === '2026-03-16');
    const wednesday = layout.cells.find((c) => c.date === TODAY);
    expect(monday).toMatchObject({ level: 4, value: 10, title: '16 Mar 2026: 10' });
    expect(wednesday).toMatchObject({ level: 0, value: 0 });
    expect(wednesday?.x).toBe(monday?.x);
    expect((wednesday?.y ?? 0) - (monday?.y ?? 0)).toBe(2 * step);
    expect(layout.cells.find((c) => c.date === '2026-03-17')).toMatchObject({
      level: null,
      title: '17 Mar 2026: no check-in',
    });
  });

  it('labels Mon, Wed and Fri and the months that begin inside the period', () => {
    expect(layout.weekdayLabels.map((l) => l.label)).toEqual(['Mon', 'Wed', 'Fri']);
    expect(layout.monthLabels.map((l) => l.label)).toEqual([
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sept',
      'Oct',
      'Nov',
      'Dec',
      'Jan',
      'Feb',
      'Mar',
    ]);
    expect(layout.viewBox).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(Math.max(...layout.cells.map((c) => c.x + c.size))).toBeLessThanOrEqual(layout.width);
  });

  it('sums the grid up in words, with the metric’s own words for values', () => {
    expect(layout.summary).toBe(
      'Self-forgiveness by day, 17 Mar 2025 to 18 Mar 2026. 3 days with an answer, shown deeper for a ' +
        'higher answer on the scale from 0 to 10. Days without an answer are left plain.',
    );
    const empty = yearGridLayout(yearGrid([], 'rumination', TODAY), {
      label: 'How often the past took over',
      domain: [0, 3],
      formatValue: (v) => formatMetricValue('rumination', v),
    });
    expect(empty.summary).toBe(
      'How often the past took over by day, 17 Mar 2025 to 18 Mar 2026. No answers to this question in this period.',
    );
    expect(empty.cells.every((c) => c.level === null)).toBe(true);
  });
});

describe('the year grid’s month labels', () => {
  it('all fit inside the drawing, the last one included (it was clipped at the right edge)', () => {
    // A year whose last week starts a month, so its label sits on the last column.
    for (const today of ['2026-03-02', '2026-12-01', '2026-06-30']) {
      const layout = yearGridLayout(yearGrid([], 'selfForgiveness', today, 1), {
        label: 'Self-forgiveness',
        domain: [0, 10],
        formatValue: String,
      });
      // Three letters of the 10px axis font need about 20px.
      for (const label of layout.monthLabels)
        expect(label.x + label.label.length * 6.5, label.label).toBeLessThanOrEqual(layout.width);
    }
  });
});
