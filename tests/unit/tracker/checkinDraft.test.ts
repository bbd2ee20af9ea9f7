import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, toCheckin } from '../../../src/renderer/src/tracker/checkinDraft';
import { Checkin } from '../../../src/shared/tracker/checkins';
import { brokeTrust, wasHurt } from './fixtures';

const DAY = '2026-03-15';

describe('check-in drafts', () => {
  it('gives no check-in until a question is answered, then only the answers given', () => {
    const draft = emptyDraft('broke-trust');
    expect(toCheckin(draft, DAY)).toBeNull();
    if (draft.track !== 'broke-trust') throw new Error('wrong track');
    // The slider starts unanswered, not at 5: an untouched slider is a missing answer.
    expect(draft.selfForgiveness).toBeNull();
    // A note alone answers nothing; a few spaces of repair neither.
    expect(toCheckin({ ...draft, note: 'just a note', repair: '  ' }, DAY)).toBeNull();
    expect(toCheckin({ ...draft, rumination: 'often' }, DAY)).toEqual({
      track: 'broke-trust',
      date: DAY,
      rumination: 'often',
    });
    expect(toCheckin({ ...draft, selfForgiveness: 5, rumination: 'often', kindness: 2 }, DAY)).toEqual({
      track: 'broke-trust',
      date: DAY,
      selfForgiveness: 5,
      rumination: 'often',
      kindness: 2,
    });
    const hurt = emptyDraft('was-hurt');
    if (hurt.track !== 'was-hurt') throw new Error('wrong track');
    expect([hurt.anger, hurt.trust]).toEqual([null, null]);
    expect(toCheckin({ ...hurt, note: 'only words' }, DAY)).toBeNull();
    // "No" is an answer, not a missing one; so is 0 on a slider.
    expect(toCheckin({ ...hurt, feltSafe: 'no' }, DAY)).toEqual({
      track: 'was-hurt',
      date: DAY,
      feltSafe: 'no',
    });
    expect(toCheckin({ ...hurt, anger: 0 }, DAY)).toEqual({ track: 'was-hurt', date: DAY, anger: 0 });
    expect(toCheckin({ ...hurt, anger: 5, trust: 5, feltSafe: 'no', talked: 'no' }, DAY)).toEqual(
      wasHurt(DAY, { feltSafe: 'no', talked: 'no' }),
    );
  });

  it('round-trips a saved check-in, and what it gives passes the shared schema', () => {
    const saved = [
      brokeTrust(DAY, {
        selfForgiveness: 9,
        rumination: 'never',
        kindness: 5,
        repair: 'Called as promised',
        note: 'ok',
      }),
      wasHurt('2026-03-01', { anger: 0, trust: 10, feltSafe: 'yes', talked: 'helped' }),
    ];
    for (const checkin of saved) {
      const again = toCheckin(draftOf(checkin), checkin.date);
      expect(again).toEqual(checkin);
      expect(Checkin.safeParse(again).success).toBe(true);
    }
  });

  it('leaves out a blank note', () => {
    const draft = { ...draftOf(wasHurt(DAY, {})), note: '  \n ' };
    expect(toCheckin(draft, DAY)).not.toHaveProperty('note');
  });
});
