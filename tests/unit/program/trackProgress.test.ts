import { beforeAll, describe, expect, it } from 'vitest';
import { ProgramContent, type Track } from '../../../src/shared/content';
import type { ProgramState, StepStatus } from '../../../src/shared/ipc/contract';
import { anyStepBegun, currentStep, trackProgress } from '../../../src/renderer/src/program/trackProgress';
import { readRawProgram } from '../content/programFile';

/**
 * Review item 10: a path's bar must draw what its words say. The bar's two parts are the
 * shares of steps done and in progress, nothing else ("0 of 4 steps done, 4 in progress"
 * once sat over a half-full bar). Review item 11: Home says "continue" only after a start.
 */
describe('trackProgress', () => {
  let brokeTrust: Track;
  let wasHurt: Track;
  beforeAll(async () => {
    const content = ProgramContent.parse(await readRawProgram());
    const byId = (id: string) => {
      const track = content.tracks.find((candidate) => candidate.id === id);
      if (track === undefined) throw new Error(`no track ${id}`);
      return track;
    };
    brokeTrust = byId('broke-trust');
    wasHurt = byId('was-hurt');
  });

  function stateWith(
    track: Track,
    statuses: StepStatus[],
    lastOpenedStepId: string | null = null,
  ): ProgramState {
    return {
      contentVersion: 1,
      tracks: [track.id],
      safetyCheckDone: true,
      safetyCheckDoneAt: 0,
      safetyCheckReoffer: false,
      steps: Object.fromEntries(
        track.steps.map((step, index) => [step.id, statuses[index] ?? 'not-started']),
      ),
      lastOpenedStepId,
    };
  }

  it('every step in progress, none done: the done part is empty, the words say both', () => {
    const progress = trackProgress(
      wasHurt,
      stateWith(wasHurt, ['in-progress', 'in-progress', 'in-progress', 'in-progress']),
    );
    expect(progress).toMatchObject({
      done: 0,
      inProgress: 4,
      total: 4,
      donePercent: 0,
      inProgressPercent: 100,
    });
    expect(progress.words).toBe('0 of 4 steps done, 4 in progress');
  });

  it('one of seven done, six in progress: the done part is one seventh, not more', () => {
    const progress = trackProgress(
      brokeTrust,
      stateWith(brokeTrust, ['done', ...Array(6).fill('in-progress')]),
    );
    expect(progress.donePercent).toBe(14.3);
    expect(progress.inProgressPercent).toBe(85.7);
    expect(progress.words).toBe('1 of 7 steps done, 6 in progress');
  });

  it('nothing begun: an empty bar and no "in progress" in the words; all done: a full bar', () => {
    const none = trackProgress(wasHurt, stateWith(wasHurt, []));
    expect(none).toMatchObject({ donePercent: 0, inProgressPercent: 0, words: '0 of 4 steps done' });
    const all = trackProgress(wasHurt, stateWith(wasHurt, ['done', 'done', 'done', 'done']));
    expect(all).toMatchObject({ donePercent: 100, inProgressPercent: 0, words: '4 of 4 steps done' });
  });

  it('the two parts never add up to more than the whole bar', () => {
    const mixed = trackProgress(
      brokeTrust,
      stateWith(brokeTrust, ['done', 'done', 'in-progress', 'not-started', 'done']),
    );
    expect(mixed).toMatchObject({ done: 3, inProgress: 1 });
    expect(mixed.donePercent).toBe(42.9);
    expect(mixed.inProgressPercent).toBe(14.3);
    expect(mixed.donePercent + mixed.inProgressPercent).toBeLessThanOrEqual(100);
  });

  it('a step only opened is not begun; words or a chosen status are', () => {
    const first = brokeTrust.steps[0];
    expect(first).toBeDefined();
    const opened = stateWith(brokeTrust, [], first?.id ?? null);
    expect(anyStepBegun([brokeTrust], opened)).toBe(false);
    expect(currentStep([brokeTrust], opened)?.order).toBe(1);
    expect(anyStepBegun([brokeTrust], stateWith(brokeTrust, ['not-started', 'in-progress']))).toBe(true);
    expect(anyStepBegun([brokeTrust], stateWith(brokeTrust, ['done']))).toBe(true);
  });
});
