import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/shared/dates';
import { directionSentence, longTermDirection } from '../../../src/shared/tracker/direction';
import type { SeriesPoint } from '../../../src/shared/tracker/stats';
import { trendTable } from '../../../src/shared/tracker/trendTable';

function series(values: (number | null)[]): SeriesPoint[] {
  return values.map((value, i) => ({ date: addDays('2026-01-01', i), value }));
}

describe('longTermDirection', () => {
  it('reads nothing from fewer than 7 answers, however steep', () => {
    expect(longTermDirection(series([0, null, 2, 4, 6, 8, 10, null]), [0, 10])).toEqual({
      kind: 'too-few',
      points: 6,
    });
  });

  it('reads higher, lower and level from the fitted line across the period', () => {
    const rising = longTermDirection(series([2, 2, 3, null, 4, 5, 5, 6, 7]), [0, 10]);
    expect(rising).toMatchObject({ kind: 'higher', points: 8 });
    expect(longTermDirection(series([7, 6, 6, 5, 4, 4, 3, 3]), [0, 10])).toMatchObject({ kind: 'lower' });
    // A wobble under a tenth of the scale is level.
    expect(longTermDirection(series([5, 6, 5, 6, 5, 6, 5, 6]), [0, 10])).toMatchObject({ kind: 'level' });
    // The same wobble on a 0..3 scale is a third of it.
    expect(longTermDirection(series([0, 0, 0, 0, 1, 1, 1, 1]), [0, 3])).toMatchObject({ kind: 'higher' });
  });

  it('says it plainly, without verdicts', () => {
    expect(directionSentence({ kind: 'higher', points: 9, change: 3 }, 'Trust', 90)).toBe(
      'Over these 90 days, your answers for trust have tended higher.',
    );
    expect(directionSentence({ kind: 'level', points: 9, change: 0.1 }, 'Anger', 30)).toBe(
      'Over these 30 days, your answers for anger have stayed about level.',
    );
    expect(directionSentence({ kind: 'too-few', points: 2 }, 'Anger', 365)).toBe(
      'With fewer than 7 check-ins in these 365 days, there is no direction to read yet.',
    );
  });
});

describe('trendTable', () => {
  it('lists the days with an answer and their average, formatted', () => {
    const rows = trendTable(series([1, null, 3]), series([null, 2, 2.25]), (v) => `v${v}`);
    expect(rows).toEqual([
      { date: '2026-01-01', day: '1 Jan 2026', value: 'v1', average: '' },
      { date: '2026-01-03', day: '3 Jan 2026', value: 'v3', average: '2.3' },
    ]);
  });
});
