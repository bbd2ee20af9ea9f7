import { describe, expect, it } from 'vitest';
import type { Checkin } from '../../../src/shared/tracker/checkins';
import { gridPosition, yearGrid, type YearGrid } from '../../../src/shared/tracker/yearGrid';
import { brokeTrust, wasHurt } from './fixtures';

const cells = (grid: YearGrid) => grid.weeks.flat();

describe('yearGrid for a calendar year', () => {
  const checkins: Checkin[] = [
    brokeTrust('2026-03-15', { selfForgiveness: 7 }),
    wasHurt('2026-03-16', { anger: 9 }), // the other track
    brokeTrust('2025-12-30', { selfForgiveness: 10 }), // the year before, in the first column
  ];
  const grid = yearGrid(checkins, 'selfForgiveness', 2026);

  it('has 53 week columns of 7 rows, starting on the Monday before 1 January', () => {
    expect(grid.weeks).toHaveLength(53);
    for (const week of grid.weeks) expect(week).toHaveLength(7);
    expect(grid.weeks[0]?.[0]?.date).toBe('2025-12-29');
    expect(grid.weeks[0]?.map((c) => c.inRange)).toEqual([false, false, false, true, true, true, true]);
    expect(grid.weeks[0]?.[3]?.date).toBe('2026-01-01'); // a Thursday
    expect(grid.weeks[52]?.[3]).toMatchObject({ date: '2026-12-31', inRange: true });
    expect(grid.weeks[52]?.[4]).toMatchObject({ date: '2027-01-01', inRange: false });
    expect([grid.from, grid.to]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('places a known date: Sunday 15 March 2026 is column 10, row 6', () => {
    // 3 days from 29 Dec to 1 Jan, then 73 more to 15 Mar: offset 76 = 10 weeks and 6 days.
    expect(grid.weeks[10]?.[6]).toEqual({ date: '2026-03-15', value: 7, level: 3, inRange: true });
    expect(gridPosition(grid, '2026-03-15')).toEqual({ column: 10, row: 6 });
    expect(gridPosition(grid, '2025-12-28')).toBeNull();
  });

  it('leaves missing days and padding days without value or level', () => {
    expect(grid.weeks[10]?.[5]).toEqual({ date: '2026-03-14', value: null, level: null, inRange: true });
    expect(grid.weeks[11]?.[0]).toMatchObject({ date: '2026-03-16', value: null, level: null });
    expect(grid.weeks[0]?.[1]).toEqual({ date: '2025-12-30', value: null, level: null, inRange: false });
    expect(cells(grid).filter((c) => c.value !== null)).toHaveLength(1);
  });

  it('labels each month at the column of its first day', () => {
    expect(grid.monthLabels).toHaveLength(12);
    expect(grid.monthLabels[0]).toEqual({ column: 0, month: '2026-01', label: 'Jan' });
    // 1 March is 62 days after 29 Dec: column 8. 1 December is 337 days after: column 48.
    expect(grid.monthLabels[2]).toEqual({ column: 8, month: '2026-03', label: 'Mar' });
    expect(grid.monthLabels[11]).toEqual({ column: 48, month: '2026-12', label: 'Dec' });
  });

  it('can start weeks on Sunday', () => {
    const sunday = yearGrid(checkins, 'selfForgiveness', 2026, 0);
    expect(sunday.weeks[0]?.[0]?.date).toBe('2025-12-28');
    expect(sunday.weeks[11]?.[0]).toMatchObject({ date: '2026-03-15', value: 7 });
  });

  it('needs 54 columns when a leap year begins on the last day of the week', () => {
    // 2012 began on a Sunday: 1 Jan alone in the first column, 31 Dec alone in the last.
    const leap = yearGrid([], 'selfForgiveness', 2012);
    expect(leap.weeks).toHaveLength(54);
    expect(leap.weeks[0]?.[6]?.date).toBe('2012-01-01');
    expect(leap.weeks[53]?.[0]?.date).toBe('2012-12-31');
    expect(gridPosition(leap, '2012-02-29')).toEqual({ column: 9, row: 2 });
  });
});

describe('yearGrid levels', () => {
  it('splits the metric domain into five levels', () => {
    const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((selfForgiveness, i) =>
      brokeTrust(`2026-01-${String(i + 10)}`, { selfForgiveness }),
    );
    const levels = cells(yearGrid(scores, 'selfForgiveness', 2026)).flatMap((c) =>
      c.level === null ? [] : [c.level],
    );
    expect(levels).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4]);

    const kindness = [1, 2, 3, 4, 5].map((k, i) => brokeTrust(`2026-02-0${i + 1}`, { kindness: k }));
    expect(
      cells(yearGrid(kindness, 'kindness', 2026)).flatMap((c) => (c.level === null ? [] : [c.level])),
    ).toEqual([0, 1, 2, 3, 4]);

    const safe = [
      wasHurt('2026-02-01', { feltSafe: 'no' }),
      wasHurt('2026-02-02', { feltSafe: 'partly' }),
      wasHurt('2026-02-03', { feltSafe: 'yes' }),
    ];
    expect(
      cells(yearGrid(safe, 'feltSafe', 2026)).flatMap((c) => (c.level === null ? [] : [c.level])),
    ).toEqual([0, 2, 4]);
  });
});

describe('yearGrid for the year ending on a date', () => {
  const grid = yearGrid(
    [brokeTrust('2026-03-18', { selfForgiveness: 2 }), brokeTrust('2026-03-19', { selfForgiveness: 9 })],
    'selfForgiveness',
    '2026-03-18',
  );

  it('has 53 full weeks, the last holding the end date', () => {
    expect(grid.weeks).toHaveLength(53);
    expect(grid.weeks[0]?.[0]).toMatchObject({ date: '2025-03-17', inRange: true });
    expect(grid.weeks[52]?.[2]).toEqual({ date: '2026-03-18', value: 2, level: 1, inRange: true });
    // The day after the end date is padding, even with a check-in.
    expect(grid.weeks[52]?.[3]).toEqual({ date: '2026-03-19', value: null, level: null, inRange: false });
  });

  it('labels only months whose first day is shown', () => {
    expect(grid.monthLabels.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(grid.monthLabels[0]?.column).toBe(2); // 1 April 2025 is 15 days after 17 March
  });
});
