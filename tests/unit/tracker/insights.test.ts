import { describe, expect, it } from 'vitest';
import { FELT_SAFE_LEVELS, RUMINATION_LEVELS, type Checkin } from '../../../src/shared/tracker/checkins';
import { addDays } from '../../../src/shared/dates';
import { gentleInsights, type Insight } from '../../../src/shared/tracker/insights';
import { brokeTrust, wasHurt } from './fixtures';

const TODAY = '2026-04-30';

/** `count` daily broke-trust check-ins ending today; rumination cycles never..constantly. */
function ruminationCycle(
  count: number,
  kindnessByLevel: readonly [number, number, number, number],
): Checkin[] {
  return Array.from({ length: count }, (_, i) => {
    const level = i % 4;
    return brokeTrust(addDays(TODAY, -i), {
      rumination: RUMINATION_LEVELS[level],
      kindness: kindnessByLevel[level],
      selfForgiveness: 5,
    });
  });
}

const HARDER = {
  id: 'broke-trust.rumination-kindness',
  text: 'On days when past failures took over more often, you also tended to be harder on yourself.',
};

/** Words and marks that have no place in these sentences. */
const UNWELCOME =
  /!|\bshould\b|\bmust\b|\bstreak|\bmissed\b|\bfail(ed)? to\b|diagnos|disorder|symptom|\bdefinitely\b|\bproves?\b/i;

function expectGentle(insights: Insight[]): void {
  for (const { text } of insights) expect(text).not.toMatch(UNWELCOME);
}

describe('gentleInsights: when to speak', () => {
  // kindness 5,4,3,2 against rumination 0,1,2,3: r = -1.
  it('says nothing at 13 check-ins of a track', () => {
    expect(gentleInsights(ruminationCycle(13, [5, 4, 3, 2]), TODAY)).toEqual([]);
  });

  it('speaks at 14 check-ins', () => {
    const insights = gentleInsights(ruminationCycle(14, [5, 4, 3, 2]), TODAY);
    expect(insights).toEqual([HARDER]);
    expectGentle(insights);
  });

  it("does not count the other track's check-ins, future days or a day twice", () => {
    const thirteen = ruminationCycle(13, [5, 4, 3, 2]);
    const wasHurtDays = Array.from({ length: 20 }, (_, i) => wasHurt(addDays(TODAY, -i), {}));
    expect(gentleInsights([...thirteen, ...wasHurtDays], TODAY)).toEqual([]);
    expect(gentleInsights([...thirteen, brokeTrust(addDays(TODAY, 1), { kindness: 5 })], TODAY)).toEqual([]);
    expect(
      gentleInsights([...thirteen, brokeTrust(TODAY, { kindness: 5, rumination: 'never' })], TODAY),
    ).toEqual([]);
  });

  it('stays quiet about a weak relationship and speaks about a moderate one', () => {
    // Per cycle of rumination 0..3 (Σdx² = 5): kindness 4,2,2,4 gives Σdxdy = 0, r = 0;
    // kindness 2,1,2,2 gives Σdxdy = 0.5, Σdy² = 0.75, r = 0.5/√3.75 ≈ 0.258;
    // kindness 2,1,3,2 gives Σdxdy = 1, Σdy² = 2, r = 1/√10 ≈ 0.316.
    expect(gentleInsights(ruminationCycle(16, [4, 2, 2, 4]), TODAY)).toEqual([]);
    expect(gentleInsights(ruminationCycle(16, [2, 1, 2, 2]), TODAY)).toEqual([]);
    expect(gentleInsights(ruminationCycle(16, [2, 1, 3, 2]), TODAY)).toEqual([
      {
        id: 'broke-trust.rumination-kindness',
        text: 'On days when past failures took over more often, you also tended to be kinder to yourself.',
      },
    ]);
  });
});

describe('gentleInsights: broke-trust averages', () => {
  /** 10 check-ins in the previous 4 weeks and 10 in the current 4 weeks, every other day. */
  function twoPeriods(previous: number[], current: number[]): Checkin[] {
    return [
      ...previous.map((selfForgiveness, i) => brokeTrust(addDays(TODAY, -55 + i * 2), { selfForgiveness })),
      ...current.map((selfForgiveness, i) => brokeTrust(addDays(TODAY, -27 + i * 2), { selfForgiveness })),
    ];
  }

  it('reports the 4-week average against the 4 weeks before', () => {
    // 31 / 10 = 3.1 and 46 / 10 = 4.6
    const checkins = twoPeriods([3, 3, 3, 3, 3, 3, 3, 3, 3, 4], [4, 4, 4, 4, 5, 5, 5, 5, 5, 5]);
    expect(gentleInsights(checkins, TODAY)).toEqual([
      {
        id: 'broke-trust.self-forgiveness-4w',
        text: 'Your 4-week average self-forgiveness went from 3.1 to 4.6.',
      },
    ]);
  });

  it('says when it stayed about the same, and reports a drop without judging it', () => {
    const same = twoPeriods(Array<number>(10).fill(4), Array<number>(10).fill(4));
    expect(gentleInsights(same, TODAY)).toEqual([
      {
        id: 'broke-trust.self-forgiveness-4w',
        text: 'Your 4-week average self-forgiveness stayed about the same, at 4.0.',
      },
    ]);
    const lower = gentleInsights(twoPeriods(Array<number>(10).fill(6), Array<number>(10).fill(5)), TODAY);
    expect(lower.map((i) => i.text)).toEqual(['Your 4-week average self-forgiveness went from 6.0 to 5.0.']);
    expectGentle(lower);
  });
});

describe('gentleInsights: was-hurt', () => {
  it('describes the direction of anger and trust', () => {
    // Anger 7 → 5; trust 3.0 → 3.2, a change too small to call a direction.
    const checkins = [
      ...Array.from({ length: 10 }, (_, i) => wasHurt(addDays(TODAY, -55 + i * 2), { anger: 7, trust: 3 })),
      ...Array.from({ length: 10 }, (_, i) =>
        wasHurt(addDays(TODAY, -27 + i * 2), { anger: 5, trust: i < 2 ? 4 : 3 }),
      ),
    ];
    const insights = gentleInsights(checkins, TODAY);
    expect(insights).toEqual([
      {
        id: 'was-hurt.anger-4w',
        text: 'Your anger seems to have eased over the last 4 weeks: the average went from 7.0 to 5.0.',
      },
      {
        id: 'was-hurt.trust-4w',
        text: 'Your trust seems to have stayed about the same over the last 4 weeks, at around 3.2.',
      },
    ]);
    expectGentle(insights);
  });

  it('notices safety with trust and talking about it with anger', () => {
    const checkins = Array.from({ length: 14 }, (_, i) =>
      wasHurt(addDays(TODAY, -i), {
        feltSafe: FELT_SAFE_LEVELS[i % 3],
        trust: 2 + 3 * (i % 3),
        talked: i % 2 === 0 ? 'helped' : 'no',
        anger: i % 2 === 0 ? 8 : 3,
      }),
    );
    const insights = gentleInsights(checkins, TODAY);
    expect(insights).toEqual([
      {
        id: 'was-hurt.safety-trust',
        text: 'On days when you felt safer, your trust also tended to be higher.',
      },
      {
        id: 'was-hurt.talked-anger',
        text: 'On days when you talked about it, your anger also tended to be higher.',
      },
    ]);
    expectGentle(insights);
    expect(gentleInsights(checkins.slice(1), TODAY)).toEqual([]);
  });

  it('gives both tracks their own sentences from one list', () => {
    const both = [
      ...ruminationCycle(14, [5, 4, 3, 2]),
      ...Array.from({ length: 14 }, (_, i) => wasHurt(addDays(TODAY, -i), {})),
    ];
    expect(gentleInsights(both, TODAY)).toEqual([HARDER]);
  });
});
