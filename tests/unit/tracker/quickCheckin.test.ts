import { describe, expect, it } from 'vitest';
import {
  Checkin,
  METRICS,
  NO_ANSWER_MESSAGE,
  QUICK_METRIC,
  TRACK_METRICS,
  metricValue,
  quickCheckin,
  unansweredMetrics,
} from '../../../src/shared/tracker/checkins';
import { addDays } from '../../../src/shared/dates';
import { gentleInsights } from '../../../src/shared/tracker/insights';
import { metricTrend, metricYear } from '../../../src/shared/tracker/metricChart';
import { dailySeries, monthlyCount, periodAverages } from '../../../src/shared/tracker/stats';
import { trackerSectionFor, NOT_ANSWERED } from '../../../src/shared/export/trackerForExport';
import { draftOf, toCheckin } from '../../../src/renderer/src/tracker/checkinDraft';
import { brokeTrust, wasHurt } from './fixtures';

/**
 * Issue 15, "a one-step quick check-in from Home": every answer is optional, at least one is
 * needed, and a day with only the quick answer counts as a check-in everywhere without
 * becoming a 0, a NaN or a guess in any statistic.
 */

const TODAY = '2026-03-15';

describe('the check-in schema with optional answers', () => {
  it('takes a check-in with one answer, of either track', () => {
    for (const input of [
      { track: 'broke-trust', date: TODAY, selfForgiveness: 0 },
      { track: 'broke-trust', date: TODAY, rumination: 'never' },
      { track: 'broke-trust', date: TODAY, kindness: 5, note: 'only this' },
      { track: 'broke-trust', date: TODAY, repair: 'Kept the promise.' },
      { track: 'was-hurt', date: TODAY, anger: 0 },
      { track: 'was-hurt', date: TODAY, talked: 'no' },
      { track: 'was-hurt', date: TODAY, feltSafe: 'no' },
    ]) {
      expect(Checkin.parse(input), JSON.stringify(input)).toEqual(input);
    }
  });

  it('refuses a check-in that answers nothing, with the reason', () => {
    for (const input of [
      { track: 'broke-trust', date: TODAY },
      { track: 'broke-trust', date: TODAY, note: 'A note is not an answer.' },
      { track: 'broke-trust', date: TODAY, repair: '   ' },
      { track: 'was-hurt', date: TODAY, note: 'still nothing' },
    ]) {
      const parsed = Checkin.safeParse(input);
      expect(parsed.success, JSON.stringify(input)).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([NO_ANSWER_MESSAGE]);
    }
    // A given answer is still checked against its scale.
    expect(Checkin.safeParse({ track: 'was-hurt', date: TODAY, anger: 11 }).success).toBe(false);
    expect(Checkin.safeParse({ track: 'broke-trust', date: TODAY, selfForgiveness: null }).success).toBe(
      false,
    );
  });

  it('reads an old, complete check-in as before', () => {
    const old = brokeTrust(TODAY, { repair: '' });
    expect(Checkin.parse(old)).toEqual(old);
    expect(unansweredMetrics(old)).toEqual([]);
    expect(unansweredMetrics(Checkin.parse({ track: 'was-hurt', date: TODAY, raisedPast: true }))).toEqual([
      'anger',
      'trust',
      'feltSafe',
    ]);
  });

  it('the quick check-in answers the main scale of its track, and nothing else', () => {
    for (const track of ['broke-trust', 'was-hurt'] as const) {
      const quick = quickCheckin(track, TODAY, 4);
      expect(Checkin.parse(quick)).toEqual(quick);
      const metric = QUICK_METRIC[track];
      expect(TRACK_METRICS[track][0]).toBe(metric);
      expect(METRICS[metric].domain).toEqual([0, 10]);
      expect(metricValue(quick, metric)).toBe(4);
      expect(unansweredMetrics(quick)).toEqual(TRACK_METRICS[track].filter((other) => other !== metric));
    }
  });

  it('the check-in form opens a quick check-in with the rest unanswered, and adds to it', () => {
    const draft = draftOf(quickCheckin('broke-trust', TODAY, 6));
    expect(draft).toEqual({
      track: 'broke-trust',
      selfForgiveness: 6,
      rumination: null,
      kindness: null,
      repair: '',
      note: '',
    });
    expect(toCheckin(draft, TODAY)).toEqual({ track: 'broke-trust', date: TODAY, selfForgiveness: 6 });
    if (draft.track !== 'broke-trust') throw new Error('wrong track');
    expect(toCheckin({ ...draft, kindness: 2, repair: 'Called.' }, TODAY)).toEqual({
      track: 'broke-trust',
      date: TODAY,
      selfForgiveness: 6,
      kindness: 2,
      repair: 'Called.',
    });
    const hurt = draftOf(quickCheckin('was-hurt', TODAY, 0));
    expect(hurt).toMatchObject({ anger: 0, trust: null, feltSafe: null, talked: null });
    expect(toCheckin(hurt, TODAY)).toEqual({ track: 'was-hurt', date: TODAY, anger: 0 });
  });
});

describe('statistics over days with missing answers', () => {
  // Ten days: full check-ins on even days, only the quick answer on odd ones.
  const days = Array.from({ length: 10 }, (_, back) => addDays(TODAY, -back));
  const checkins = days.map((date, back) =>
    back % 2 === 0
      ? brokeTrust(date, { selfForgiveness: 8, rumination: 'often', kindness: 4 })
      : quickCheckin('broke-trust', date, 2),
  );

  it('a quick day is a check-in, has its answer, and leaves the others as gaps', () => {
    expect(monthlyCount(checkins, '2026-03', 'broke-trust')).toBe(10);
    const forgiveness = dailySeries(checkins, 'selfForgiveness', days[9] ?? TODAY, TODAY);
    expect(forgiveness.filter((p) => p.value !== null)).toHaveLength(10);
    const kindness = dailySeries(checkins, 'kindness', days[9] ?? TODAY, TODAY);
    expect(kindness.filter((p) => p.value !== null)).toHaveLength(5);
    expect(kindness.find((p) => p.date === addDays(TODAY, -1))?.value).toBeNull();
  });

  it('averages use only the days that have the answer', () => {
    const end = TODAY;
    const kindness = periodAverages(dailySeries(checkins, 'kindness', addDays(TODAY, -55), end), end, 1, 1);
    // The last 7 days: 4 full days (kindness 4) and 3 quick ones (no kindness): 4, never 16/7.
    expect(kindness.current).toMatchObject({ count: 4, mean: 4 });
    const forgiveness = periodAverages(
      dailySeries(checkins, 'selfForgiveness', addDays(TODAY, -55), end),
      end,
      1,
      1,
    );
    expect(forgiveness.current).toMatchObject({ count: 7, mean: (4 * 8 + 3 * 2) / 7 });
  });

  it('the chart, its table and the year grid show a quick day only where it has an answer', () => {
    const from = days[9] ?? TODAY;
    const forgiveness = metricTrend(checkins, 'selfForgiveness', from, TODAY);
    expect(forgiveness.chart.points).toHaveLength(10);
    const rumination = metricTrend(checkins, 'rumination', from, TODAY);
    expect(rumination.chart.points).toHaveLength(5);
    expect(rumination.table.map((row) => row.value)).toEqual(Array(5).fill('often'));
    for (const text of [
      forgiveness.chart.summary,
      rumination.chart.summary,
      ...rumination.table.map((r) => r.average),
    ]) {
      expect(text).not.toMatch(/NaN|undefined|null/);
    }
    const quickDay = addDays(TODAY, -1);
    const cell = (metric: 'selfForgiveness' | 'kindness') =>
      metricYear(checkins, metric, TODAY).cells.find((candidate) => candidate.date === quickDay);
    expect(cell('selfForgiveness')).toMatchObject({ value: 2 });
    expect(cell('kindness')).toMatchObject({ value: null });
  });

  it('insights count quick days as check-ins and read relationships only over days with both answers', () => {
    const month = Array.from({ length: 28 }, (_, back) => addDays(TODAY, -back)).map((date, back) =>
      back % 2 === 0
        ? wasHurt(date, { anger: back % 4 === 0 ? 2 : 7, trust: 5 })
        : quickCheckin('was-hurt', date, 5),
    );
    const texts = gentleInsights(month, TODAY).map((insight) => insight.text);
    for (const text of texts) expect(text).not.toMatch(/NaN|undefined|null/);
  });

  it('the export says "not answered" for a question a quick day left out, never 0 or a blank', () => {
    const section = trackerSectionFor({
      trackId: 'was-hurt',
      trackTitle: 'My trust was broken',
      checkins: [quickCheckin('was-hurt', TODAY, 3), wasHurt(addDays(TODAY, -1), { talked: 'helped' })],
      from: null,
      to: null,
      today: TODAY,
    });
    expect(section?.days.map((day) => day.answers)).toEqual([
      ['5', '5', 'partly', 'talked, and it helped'],
      ['3', NOT_ANSWERED, NOT_ANSWERED, NOT_ANSWERED],
    ]);
    expect(section?.summaryLines[0]).toMatch(/^2 days with a check-in/);
    // The quick day's open questions are not "no check-ins": the day was checked in.
    const onlyQuick = trackerSectionFor({
      trackId: 'was-hurt',
      trackTitle: 'My trust was broken',
      checkins: [quickCheckin('was-hurt', TODAY, 3)],
      from: TODAY,
      to: TODAY,
      today: TODAY,
    });
    expect(onlyQuick?.charts.map((chart) => chart.chart.summary.split('. ').slice(1).join('. '))).toEqual([
      '1 check-in. The answer was 3.',
      'No answers to this question in this period.',
      'No answers to this question in this period.',
      'No answers to this question in this period.',
    ]);
    for (const chart of section?.charts ?? []) expect(chart.chart.summary).not.toMatch(/NaN|undefined|null/);
  });
});
