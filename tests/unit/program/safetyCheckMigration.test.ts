import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProgramState } from '../../../src/shared/ipc/contract';
import { createTestMend, makeTempDir, REPO_ROOT, TEST_PASSPHRASE, trustedSender } from '../../harness/core';

/**
 * `tests/fixtures/vault-with-safety-answers` was made by Mend as it was before the safety
 * check stopped storing answers (commit 88cb914, through the same harness): a was-hurt path,
 * the check answered with "afraid" and "violence" yes at 2026-11-20 21:30 UTC, and one note.
 * Opened by today's code, migration 6 must leave the date and nothing of the answers.
 */
const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'vault-with-safety-answers');
const ANSWERED_AT = Date.UTC(2026, 10, 20, 21, 30);

describe('migration 6 on a vault made before it', () => {
  it('keeps the date the check was done and erases every answer, down to the free pages', async () => {
    const dir = await makeTempDir();
    await cp(FIXTURE, dir.path, { recursive: true });
    const mend = await createTestMend(dir.path);
    const call = (channel: string, input?: unknown) => mend.dispatch(channel, input, trustedSender);
    try {
      expect(await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE })).toMatchObject({
        ok: true,
      });
      const db = mend.vault.db();
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
      expect(db.prepare('SELECT * FROM program_safety_check').all()).toEqual([
        { id: 1, content_version: 1, completed_at: ANSWERED_AT },
      ]);

      const state = (await call('program.state')) as { ok: true; value: ProgramState };
      expect(state.value).toMatchObject({
        tracks: ['was-hurt'],
        safetyCheckDone: true,
        safetyCheckDoneAt: ANSWERED_AT,
      });
      // The rest of what the person wrote is untouched.
      expect(await call('program.notes', { stepId: 'wh-1-letting-go-of-anger' })).toMatchObject({
        ok: true,
        value: { notes: [{ text: 'A note written before the safety check changed.' }] },
      });

      // The decrypted database, free pages included: the old JSON is gone (secure_delete).
      const plaintext = db.serialize().toString('latin1');
      expect(plaintext).toContain('A note written before the safety check changed.');
      for (const trace of ['"afraid":true', '"violence":true', '"afraid"', 'answered_at']) {
        expect(plaintext, trace).not.toContain(trace);
      }
    } finally {
      await mend.dispose();
      await dir.remove();
    }
  });
});
