import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mend } from '../../../src/main/createMend';
import { trustedSender } from '../../harness/core';
import { type TempDir, closeTestMend, openTestVault } from '../../harness/testVault';

describe('step notes in search', () => {
  let dir: TempDir;
  let mend: Mend;
  const call = async (channel: string, input?: unknown) => {
    const result = await mend.dispatch(channel, input, trustedSender);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value;
  };
  const hits = async (text: string) =>
    ((await call('search.query', { text })) as { hits: { kind: string; refId: string; title: string }[] }).hits;

  beforeEach(async () => {
    ({ dir, mend } = await openTestVault());
  });
  afterEach(async () => {
    await closeTestMend({ dir, mend });
  });

  it('finds a note by a word and a prefix, follows edits, and forgets a cleared note', async () => {
    await call('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'I kept the lighthouse letters hidden' });
    expect(await hits('lighthouse')).toEqual([
      expect.objectContaining({ kind: 'note', refId: 'bt-1-honesty.p1', title: expect.stringContaining(':') }),
    ]);
    expect((await hits('lightho')).map((hit) => hit.refId)).toEqual(['bt-1-honesty.p1']);

    await call('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'I told her about the harbour' });
    expect(await hits('lighthouse')).toEqual([]);
    expect((await hits('harbour')).map((hit) => hit.kind)).toEqual(['note']);

    await call('program.saveNote', { promptId: 'bt-1-honesty.p1', text: '' });
    expect(await hits('harbour')).toEqual([]);
  });

  it('matches a note on what was written in it, never on the words of its question', async () => {
    // bt-1-honesty.p1 asks "What have you not yet told your partner, and what makes it hard to say?"
    await call('program.saveNote', { promptId: 'bt-1-honesty.p1', text: 'The weekend in Leeds.' });
    await call('journal.create', { title: 'A hard day', body: 'We talked in the car.' });
    expect(await hits('hard')).toEqual([expect.objectContaining({ kind: 'entry', title: 'A hard day' })]);
    expect(await hits('partner')).toEqual([]);
    expect((await hits('Leeds')).map((hit) => hit.kind)).toEqual(['note']);
    // Unspaced scripts go through substrings, with the same rule.
    await call('program.saveNote', { promptId: 'bt-1-honesty.p2', text: '我很难过' });
    expect((await hits('难过')).map((hit) => hit.refId)).toEqual(['bt-1-honesty.p2']);
  });

  it('returns entries and notes together, each with its kind', async () => {
    await call('program.saveNote', { promptId: 'bt-1-honesty.p2', text: 'the word marigold in a note' });
    await call('journal.create', { title: 'Garden', body: 'marigold in an entry' });
    const kinds = (await hits('marigold')).map((hit) => hit.kind).sort();
    expect(kinds).toEqual(['entry', 'note']);
  });
});
