import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { listStepProgress } from '../../../src/main/program/programStateStore';
import { hasWords } from '../../../src/main/program/startedSteps';
import type { ProgramState } from '../../../src/shared/ipc/contract';
import { TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';

/**
 * Issue 15, "progress never moves by itself": a step with words in it is in progress unless
 * the person chose a status; the export reads the same status the screen shows.
 */
describe('honest step progress', () => {
  let dir: TempDir;
  let mend: Mend;
  async function value<T>(channel: string, input?: unknown): Promise<T> {
    const result = await mend.dispatch(channel, input, trustedSender);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }
  const status = async (stepId: string) => (await value<ProgramState>('program.state')).steps[stepId];
  // What every export reads (program.written() -> the archive -> PDF, Markdown, JSON).
  const exported = () => listStepProgress(mend.vault.db()).map(({ stepId, status }) => ({ stepId, status }));
  const apology = (draft: string) => ({ kind: 'apology-workshop', draft, shouldHave: [], fromNowOn: [] });

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault({ now: () => 1_700_000_000_000 }));
    await value('program.chooseTracks', { tracks: ['broke-trust'] });
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('a finished apology draft puts its step in progress, on screen and in the export', async () => {
    expect(await status('bt-3-asking-forgiveness')).toBe('not-started');
    await value('program.saveExercise', {
      stepId: 'bt-3-asking-forgiveness',
      data: apology('I am sorry that I lied.'),
    });
    expect(await status('bt-3-asking-forgiveness')).toBe('in-progress');
    expect(exported()).toEqual([{ stepId: 'bt-3-asking-forgiveness', status: 'in-progress' }]);
    await value('vault.lock', { reason: 'manual' });
    await value('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
    expect(await status('bt-3-asking-forgiveness')).toBe('in-progress');
  });

  it('the first note puts its step in progress; clearing every word takes it back', async () => {
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'What I hid.' });
    expect(await status('bt-1-honesty')).toBe('in-progress');
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: '' });
    expect(await status('bt-1-honesty')).toBe('not-started');
    expect(exported()).toEqual([]);
  });

  it('an exercise saved with nothing written in it does not start the step', async () => {
    await value('program.saveExercise', { stepId: 'bt-3-asking-forgiveness', data: apology('   ') });
    await value('program.saveExercise', {
      stepId: 'bt-7-patience',
      data: { kind: 'patience-timeline', startedOn: '2026-01-01', milestones: [] },
    });
    expect(await status('bt-3-asking-forgiveness')).toBe('not-started');
    expect(await status('bt-7-patience')).toBe('not-started');
  });

  it('a status the person chose wins, "not started" included, and "done" stays theirs', async () => {
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'Words.' });
    await value('program.setStepStatus', { stepId: 'bt-1-honesty', status: 'not-started' });
    expect(await status('bt-1-honesty')).toBe('not-started');
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'More words.' });
    expect(await status('bt-1-honesty')).toBe('not-started');
    await value('program.setStepStatus', { stepId: 'bt-1-honesty', status: 'done' });
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'Even more words.' });
    expect(await status('bt-1-honesty')).toBe('done');
    expect(exported()).toEqual([{ stepId: 'bt-1-honesty', status: 'done' }]);
  });

  it('counts words, not ids, kinds or bare dates', () => {
    expect(hasWords({ kind: 'love-notes', entries: [{ id: 'a', date: '2026-03-09', text: '' }] })).toBe(
      false,
    );
    expect(hasWords({ kind: 'love-notes', entries: [{ id: 'a', date: '2026-03-09', text: 'Coffee' }] })).toBe(
      true,
    );
    expect(hasWords({ kind: 'anger-release', letter: '', releasedAt: 5 })).toBe(false);
  });
});
