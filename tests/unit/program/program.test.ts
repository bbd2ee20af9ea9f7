import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import type { ProgramState, PromptNote } from '../../../src/shared/ipc/contract';
import { createTestMend, makeTempDir, RESOURCES_DIR, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';

/** The program through the real dispatcher over a real encrypted vault. */
describe('program', () => {
  let dir: TempDir;
  let mend: Mend;
  let clock = 1_700_000_000_000;
  const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
  async function value<T>(channel: string, input?: unknown): Promise<T> {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }
  async function lockAndUnlock(): Promise<void> {
    await value('vault.lock', { reason: 'manual' });
    await value('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
  }

  beforeEach(async () => {
    clock = 1_700_000_000_000;
    ({ dir, mend } = await openTestVault({ now: () => clock }));
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('starts with no path chosen and every step not started', async () => {
    const state = await value<ProgramState>('program.state');
    expect(state.tracks).toEqual([]);
    expect(state.safetyCheckDone).toBe(false);
    expect(state.lastOpenedStepId).toBeNull();
    expect(Object.keys(state.steps)).toHaveLength(11);
    expect(new Set(Object.values(state.steps))).toEqual(new Set(['not-started']));
  });

  it('chooses paths, changes them later, and keeps them across a lock', async () => {
    expect(await value<ProgramState>('program.chooseTracks', { tracks: ['was-hurt'] })).toMatchObject({
      tracks: ['was-hurt'],
    });
    await value('program.chooseTracks', { tracks: ['was-hurt', 'broke-trust'] });
    await lockAndUnlock();
    // Content order, whatever order they were chosen in.
    expect((await value<ProgramState>('program.state')).tracks).toEqual(['broke-trust', 'was-hurt']);
    await value('program.chooseTracks', { tracks: ['broke-trust'] });
    expect((await value<ProgramState>('program.state')).tracks).toEqual(['broke-trust']);
  });

  it('refuses no path, an unknown path or the same path twice', async () => {
    for (const tracks of [[], ['both'], ['was-hurt', 'was-hurt']]) {
      expect(await call('program.chooseTracks', { tracks })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect((await value<ProgramState>('program.state')).tracks).toEqual([]);
  });

  it('stores only when the safety check was done, never the answers, and says whether care comes next', async () => {
    const no = { violence: 'no', fear: 'no', threats: 'no', control: 'no', pressure: 'no' };
    expect(await value('program.answerSafetyCheck', { answers: no })).toMatchObject({
      needsCare: false,
      state: { safetyCheckDone: true, safetyCheckDoneAt: clock },
    });
    // A yes anywhere, or "prefer not to say" on violence or fear, leads to the kind screen.
    for (const [answers, needsCare] of [
      [{ ...no, control: 'yes' }, true],
      [{ ...no, violence: 'prefer-not' }, true],
      [{ ...no, fear: 'prefer-not' }, true],
      [{ ...no, threats: 'prefer-not', control: 'prefer-not', pressure: 'prefer-not' }, false],
    ] as const) {
      expect(await value('program.answerSafetyCheck', { answers })).toMatchObject({ needsCare });
    }

    const columns = (
      mend.vault.db().prepare('PRAGMA table_info(program_safety_check)').all() as { name: string }[]
    ).map((column) => column.name);
    expect(columns).toEqual(['id', 'content_version', 'completed_at']);
    expect(mend.vault.db().prepare('SELECT * FROM program_safety_check').all()).toEqual([
      { id: 1, content_version: 1, completed_at: clock },
    ]);
    await lockAndUnlock();
    const state = await value<ProgramState>('program.state');
    expect(state.safetyCheckDone).toBe(true);
    expect(JSON.stringify(state)).not.toMatch(/prefer-not|"yes"|control/);
  });

  it('offers the check again after a few weeks, and "Not now" puts it off as long again', async () => {
    const no = { violence: 'no', fear: 'no', threats: 'no', control: 'no', pressure: 'no' };
    await value('program.answerSafetyCheck', { answers: no });
    const day = 86_400_000;
    clock += 27 * day;
    expect((await value<ProgramState>('program.state')).safetyCheckReoffer).toBe(false);
    clock += 1 * day;
    expect((await value<ProgramState>('program.state')).safetyCheckReoffer).toBe(true);
    expect((await value<ProgramState>('program.postponeSafetyCheck')).safetyCheckReoffer).toBe(false);
    clock += 28 * day;
    expect((await value<ProgramState>('program.state')).safetyCheckReoffer).toBe(true);
    const retaken = await value<{ state: ProgramState }>('program.answerSafetyCheck', { answers: no });
    expect(retaken.state).toMatchObject({ safetyCheckReoffer: false, safetyCheckDoneAt: clock });
  });

  it('refuses safety answers that skip a question, name one that does not exist, or are not an answer', async () => {
    const missing = { violence: 'no', fear: 'no', threats: 'no', control: 'no' };
    const extra = { ...missing, pressure: 'no', unknown: 'yes' };
    const notAnAnswer = { ...missing, pressure: false };
    for (const answers of [missing, extra, notAnAnswer]) {
      expect(await call('program.answerSafetyCheck', { answers })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect((await value<ProgramState>('program.state')).safetyCheckDone).toBe(false);
  });

  it('serves the safety content while locked, and nothing else', async () => {
    await value('vault.lock', { reason: 'manual' });
    const safety = await value<{ safety: { title: string }; safetyCheck: { questions: unknown[] } }>(
      'program.safety',
    );
    expect(safety.safety.title).toBe('If you are not safe');
    expect(safety.safetyCheck.questions.length).toBeGreaterThanOrEqual(3);
    for (const [channel, input] of [
      ['program.content', undefined],
      ['program.state', undefined],
      ['program.notes', { stepId: 'bt-1-honesty' }],
      ['program.exercise', { stepId: 'bt-1-honesty' }],
      ['program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'x' }],
      ['program.saveExercise', { stepId: 'bt-2-reaction', data: { kind: 'reaction-plan', text: 'x' } }],
      ['program.chooseTracks', { tracks: ['was-hurt'] }],
    ] as const) {
      expect(await call(channel, input), channel).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    }
  });

  it('changes step status and remembers the last opened step across a lock', async () => {
    await value('program.setStepStatus', { stepId: 'bt-1-honesty', status: 'in-progress' });
    await value('program.setStepStatus', { stepId: 'bt-1-honesty', status: 'done' });
    await value('program.setStepStatus', { stepId: 'wh-2-lingering-feelings', status: 'in-progress' });
    await value('program.openStep', { stepId: 'bt-3-asking-forgiveness' });
    await lockAndUnlock();
    const state = await value<ProgramState>('program.state');
    expect(state.steps['bt-1-honesty']).toBe('done');
    expect(state.steps['wh-2-lingering-feelings']).toBe('in-progress');
    expect(state.steps['bt-2-reaction']).toBe('not-started');
    expect(state.lastOpenedStepId).toBe('bt-3-asking-forgiveness');
    await value('program.setStepStatus', { stepId: 'bt-1-honesty', status: 'not-started' });
    expect((await value<ProgramState>('program.state')).steps['bt-1-honesty']).toBe('not-started');
  });

  it('refuses a status for an unknown step or an unknown status', async () => {
    expect(await call('program.setStepStatus', { stepId: 'bt-9-nothing', status: 'done' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('program.setStepStatus', { stepId: 'bt-1-honesty', status: 'finished' })).toMatchObject(
      {
        error: { code: 'VALIDATION' },
      },
    );
    expect(await call('program.openStep', { stepId: 'not a step' })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
  });

  it('saves a note per prompt, lists it for its step only, and keeps it across a lock', async () => {
    const saved = await value<PromptNote>('program.saveNote', {
      promptId: 'bt-1-honesty.p1',
      text: 'First words.',
    });
    expect(saved).toEqual({
      promptId: 'bt-1-honesty.p1',
      text: 'First words.',
      contentVersion: 1,
      updatedAt: clock,
    });
    clock += 1000;
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'First words, rewritten.' });
    await value('program.saveNote', { promptId: 'bt-1-honesty.p2', text: 'Second prompt.' });
    await value('program.saveNote', { promptId: 'bt-2-reaction.p1', text: 'Another step.' });
    await lockAndUnlock();

    const { notes } = await value<{ notes: PromptNote[] }>('program.notes', { stepId: 'bt-1-honesty' });
    expect(notes.map(({ promptId, text }) => ({ promptId, text }))).toEqual([
      { promptId: 'bt-1-honesty.p1', text: 'First words, rewritten.' },
      { promptId: 'bt-1-honesty.p2', text: 'Second prompt.' },
    ]);
    expect(notes[0]?.updatedAt).toBe(clock);
  });

  it('a cleared note leaves no row behind', async () => {
    await value('program.saveNote', {
      promptId: 'wh-1-letting-go-of-anger.p1',
      text: 'Something I regret writing.',
    });
    await value('program.saveNote', { promptId: 'wh-1-letting-go-of-anger.p1', text: '' });
    expect(await value('program.notes', { stepId: 'wh-1-letting-go-of-anger' })).toEqual({ notes: [] });
    expect(mend.vault.db().prepare('SELECT count(*) AS n FROM prompt_notes').get()).toEqual({ n: 0 });
  });

  it('ties notes to prompt ids across content versions', async () => {
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'Written against version 1.' });
    await value('program.saveNote', { promptId: 'bt-1-honesty.p5', text: 'On a prompt version 2 drops.' });
    await value('program.setStepStatus', { stepId: 'bt-1-honesty', status: 'done' });
    await mend.dispose();

    // Version 2 rewords p1, drops p5 and adds p6: the same vault opened with the new content.
    const resources = await makeTempDir('mend-content-');
    try {
      const program = JSON.parse(
        await readFile(join(RESOURCES_DIR, 'content', 'en', 'program.json'), 'utf8'),
      ) as {
        version: number;
        tracks: { steps: { id: string; prompts: { id: string; text: string }[] }[] }[];
      };
      program.version = 2;
      const step = program.tracks[0]?.steps[0];
      if (step === undefined || step.id !== 'bt-1-honesty') throw new Error('unexpected content layout');
      step.prompts = step.prompts.filter((prompt) => prompt.id !== 'bt-1-honesty.p5');
      step.prompts[0] = { id: 'bt-1-honesty.p1', text: 'A reworded first question?' };
      step.prompts.push({ id: 'bt-1-honesty.p6', text: 'A brand new question?' });
      await mkdir(join(resources.path, 'content', 'en'), { recursive: true });
      await writeFile(join(resources.path, 'content', 'en', 'program.json'), JSON.stringify(program));
      await cp(join(RESOURCES_DIR, 'helplines'), join(resources.path, 'helplines'), { recursive: true });

      mend = await createTestMend(dir.path, { now: () => clock, resourcesDir: resources.path });
      await value('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
      expect(await value<ProgramState>('program.state')).toMatchObject({
        contentVersion: 2,
        steps: { 'bt-1-honesty': 'done' },
      });
      const listed = await value<{ notes: PromptNote[] }>('program.notes', { stepId: 'bt-1-honesty' });
      expect(listed.notes.map(({ promptId, contentVersion }) => ({ promptId, contentVersion }))).toEqual([
        { promptId: 'bt-1-honesty.p1', contentVersion: 1 },
        { promptId: 'bt-1-honesty.p5', contentVersion: 1 },
      ]);
      // Rewriting the note records the version it now answers.
      expect(await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'Rewritten.' })).toMatchObject({
        contentVersion: 2,
      });
      // The dropped prompt can still be read, but there is no question left to write under.
      expect(await call('program.saveNote', { promptId: 'bt-1-honesty.p5', text: 'x' })).toMatchObject({
        error: { code: 'NOT_FOUND' },
      });
    } finally {
      await resources.remove();
    }
  });

  it('refuses notes for malformed or unknown prompts and oversize text, losing nothing', async () => {
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'Keep me.' });
    expect(await call('program.saveNote', { promptId: 'bt-1-honesty', text: 'x' })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    expect(await call('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'x'.repeat(50_001) })).toMatchObject(
      {
        error: { code: 'VALIDATION' },
      },
    );
    expect(await call('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 7 })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    const { notes } = await value<{ notes: PromptNote[] }>('program.notes', { stepId: 'bt-1-honesty' });
    expect(notes.map((note) => note.text)).toEqual(['Keep me.']);
  });

  it('keeps note text encrypted on disk', async () => {
    await value('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'canary-note-5c1d' });
    await value('vault.lock', { reason: 'manual' });
    for (const name of await readdir(dir.path)) {
      const bytes = await readFile(join(dir.path, name)).catch(() => Buffer.alloc(0));
      expect(bytes.includes('canary-note-5c1d'), name).toBe(false);
    }
  });
});
