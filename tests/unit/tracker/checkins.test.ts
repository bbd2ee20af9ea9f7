import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TrackId } from '../../../src/shared/ipc/contract';
import {
  BrokeTrustCheckin,
  Checkin,
  METRICS,
  TRACK_METRICS,
  WasHurtCheckin,
  formatMetricValue,
  metricValue,
  type MetricId,
} from '../../../src/shared/tracker/checkins';
import { brokeTrust, wasHurt } from './fixtures';

describe('check-in schemas', () => {
  it('parses a broke-trust check-in, with and without a note', () => {
    const input = {
      track: 'broke-trust',
      date: '2026-03-15',
      selfForgiveness: 0,
      rumination: 'often',
      kindness: 5,
      repair: 'Told the truth about Friday.',
    };
    expect(Checkin.parse(input)).toEqual(input);
    expect(Checkin.parse({ ...input, note: 'A hard day.' })).toEqual({ ...input, note: 'A hard day.' });
    expect(BrokeTrustCheckin.safeParse({ ...input, repair: '' }).success).toBe(true);
  });

  it.each([
    ['selfForgiveness', 11],
    ['selfForgiveness', -1],
    ['selfForgiveness', 4.5],
    ['kindness', 0],
    ['kindness', 6],
    ['rumination', 'rarely'],
    ['date', '2026-02-30'],
    ['repair', 'x'.repeat(501)],
  ])('refuses broke-trust %s = %j', (field, value) => {
    const input = { ...brokeTrust('2026-03-15', {}), [field]: value };
    expect(Checkin.safeParse(input).success).toBe(false);
  });

  it('parses a was-hurt check-in and refuses bad answers', () => {
    const input = {
      track: 'was-hurt',
      date: '2026-03-15',
      anger: 10,
      trust: 0,
      feltSafe: 'partly',
      talked: 'no',
    };
    expect(Checkin.parse(input)).toEqual(input);
    expect(WasHurtCheckin.safeParse({ ...input, feltSafe: 'maybe' }).success).toBe(false);
    expect(WasHurtCheckin.safeParse({ ...input, talked: 'sometimes' }).success).toBe(false);
    // A first-edition answer reads as it was meant: a yes is "talked about it", a no is "did not".
    const { talked: _talked, ...older } = input;
    expect(Checkin.parse({ ...older, raisedPast: true })).toEqual({ ...older, talked: 'yes' });
    expect(Checkin.parse({ ...older, raisedPast: false })).toEqual({ ...older, talked: 'no' });
    // Anything else there is no answer to the question (and the others still count).
    expect(Checkin.parse({ ...older, raisedPast: 'no' })).toEqual(older);
    expect(Checkin.safeParse({ track: 'was-hurt', date: '2026-03-15', raisedPast: 'no' }).success).toBe(
      false,
    );
    expect(WasHurtCheckin.safeParse({ ...input, trust: 11 }).success).toBe(false);
  });

  it('uses the track to decide which fields are required', () => {
    const wasHurtFieldsOnBrokeTrust = {
      track: 'broke-trust',
      date: '2026-03-15',
      anger: 3,
      trust: 4,
      feltSafe: 'yes',
      talked: 'helped',
    };
    expect(Checkin.safeParse(wasHurtFieldsOnBrokeTrust).success).toBe(false);
    expect(Checkin.safeParse({ ...brokeTrust('2026-03-15', {}), track: 'someone-else' }).success).toBe(false);
  });

  it('shares the track ids of the IPC contract', () => {
    expectTypeOf<Checkin['track']>().toEqualTypeOf<TrackId>();
  });
});

describe('metric values', () => {
  it('maps rumination never..constantly to 0..3', () => {
    const values = (['never', 'sometimes', 'often', 'constantly'] as const).map((rumination) =>
      metricValue(brokeTrust('2026-03-15', { rumination }), 'rumination'),
    );
    expect(values).toEqual([0, 1, 2, 3]);
  });

  it('maps feltSafe no/partly/yes to 0/1/2 and talked to 0 (did not) or 1 (did, whatever it did)', () => {
    expect(metricValue(wasHurt('2026-03-15', { feltSafe: 'no' }), 'feltSafe')).toBe(0);
    expect(metricValue(wasHurt('2026-03-15', { feltSafe: 'partly' }), 'feltSafe')).toBe(1);
    expect(metricValue(wasHurt('2026-03-15', { feltSafe: 'yes' }), 'feltSafe')).toBe(2);
    for (const talked of ['helped', 'mixed', 'not-helped', 'yes'] as const)
      expect(metricValue(wasHurt('2026-03-15', { talked }), 'talked')).toBe(1);
    expect(metricValue(wasHurt('2026-03-15', { talked: 'no' }), 'talked')).toBe(0);
  });

  it('passes the scales through and keeps a real 0', () => {
    expect(metricValue(brokeTrust('2026-03-15', { selfForgiveness: 0 }), 'selfForgiveness')).toBe(0);
    expect(metricValue(brokeTrust('2026-03-15', { kindness: 4 }), 'kindness')).toBe(4);
    expect(metricValue(wasHurt('2026-03-15', { anger: 7, trust: 2 }), 'anger')).toBe(7);
    expect(metricValue(wasHurt('2026-03-15', { anger: 7, trust: 2 }), 'trust')).toBe(2);
  });

  it("answers null for the other track's metrics", () => {
    expect(metricValue(wasHurt('2026-03-15', {}), 'selfForgiveness')).toBeNull();
    expect(metricValue(brokeTrust('2026-03-15', {}), 'anger')).toBeNull();
  });

  it('describes every metric of each track, with a domain its values fit in', () => {
    for (const [track, metrics] of Object.entries(TRACK_METRICS)) {
      for (const id of metrics) {
        const info = METRICS[id];
        expect(info.id).toBe(id);
        expect(info.track).toBe(track);
        expect(info.domain[0]).toBeLessThan(info.domain[1]);
        if (info.valueLabels) expect(info.valueLabels).toHaveLength(info.domain[1] - info.domain[0] + 1);
      }
    }
    const all: MetricId[] = [...TRACK_METRICS['broke-trust'], ...TRACK_METRICS['was-hurt']];
    expect(all.sort()).toEqual(Object.keys(METRICS).sort());
    expect(METRICS.rumination.higherIsLighter).toBe(false);
    expect(METRICS.kindness.higherIsLighter).toBe(true);
    expect(METRICS.anger.higherIsLighter).toBe(false);
    expect(METRICS.trust.higherIsLighter).toBe(true);
  });

  it('puts words to ordinal values', () => {
    expect(formatMetricValue('rumination', 2)).toBe('often');
    expect(formatMetricValue('kindness', 1)).toBe('harsh with myself');
    expect(formatMetricValue('feltSafe', 2)).toBe('yes');
    expect(formatMetricValue('selfForgiveness', 7)).toBe('7');
  });
});
