import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { createTestMend, makeTempDir, setUpVault, TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { Acknowledged, seqOf } from '../../harness/journalKill';
import { closedKillJournal, killRunCount, runAndKill, unlockWithEither } from '../../harness/killRuns';

/**
 * Crash safety with real process death: a child commits through the real code and is killed
 * with SIGKILL at random points; afterwards the journal must open, pass integrity_check, and
 * hold every write the child acknowledged. `npm run soak` runs many more rounds.
 */
describe('killed mid-write', () => {
  let dir: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    dir = await makeTempDir('mend-kill-');
  });
  afterAll(async () => {
    await dir.remove();
  });

  const runs = killRunCount(50, 'MEND_ROW_KILL_RUNS');
  it(
    'loses no acknowledged write and never corrupts the journal',
    { timeout: 60_000 + runs * 2_000 },
    async () => {
      const path = join(dir.path, 'journal.mend.db');
      const key = randomBytes(32);
      const first = openDatabase(path, key, { create: true });
      first.exec('CREATE TABLE kill_rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
      first.close();
      const acknowledged = new Set<number>();
      let killedWhileWriting = 0;
      for (let run = 0; run < runs; run++) {
        // Even runs: any moment from spawn (opening, migrating); odd runs: inside the write loop.
        const plan = { armAfterLines: run % 2, maxDelayMs: 200 };
        const { lines } = await runAndKill('tests/kill/writerChild.ts', [path, key.toString('hex')], plan);
        const ids = lines.filter((line) => line !== 'ready').map(Number);
        if (ids.length > 0) killedWhileWriting++;
        for (const id of ids) acknowledged.add(id);

        const db = openDatabase(path, key, { create: false });
        try {
          expect(db.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
          const present = new Set(db.prepare('SELECT id FROM kill_rows').pluck().all() as number[]);
          const missing = [...acknowledged].filter((id) => !present.has(id));
          expect(missing, `run ${run}: acknowledged ids missing`).toEqual([]);
        } finally {
          db.close();
        }
      }
      // The random points really fell inside the write loop, not only before it.
      expect(killedWhileWriting).toBeGreaterThan(runs / 4);
      expect(acknowledged.size).toBeGreaterThan(runs);
    },
  );
});

describe('killed mid passphrase change', () => {
  const runs = killRunCount(20, 'MEND_PASSPHRASE_KILL_RUNS');
  it(
    'the vault always opens with the old or the new passphrase',
    { timeout: 60_000 + runs * 3_000 },
    async () => {
      const other = 'the other passphrase';
      const { dir, journalDir } = await closedKillJournal('mend-kill-pass-');
      let changes = 0;
      try {
        for (let run = 0; run < runs; run++) {
          // After "ready" and 0 to 2 finished changes, then anywhere in the next change.
          const plan = { armAfterLines: 1 + (run % 3), maxDelayMs: 400 };
          const { lines } = await runAndKill(
            'tests/kill/passphraseChild.ts',
            [journalDir, TEST_PASSPHRASE, other],
            plan,
          );
          changes += lines.filter((line) => line.startsWith('now ')).length;
          const { mend, opened } = await unlockWithEither(dir.path, [TEST_PASSPHRASE, other]);
          await mend.dispose();
          expect(opened, `run ${run}: neither passphrase opens the vault`).toBe(true);
        }
      } finally {
        await dir.remove();
      }
      expect(changes).toBeGreaterThan(runs / 2);
    },
  );
});

describe('killed while writing journal entries and step notes through the real services', () => {
  const runs = killRunCount(8, 'MEND_JOURNAL_KILL_RUNS');
  it(
    'every acknowledged entry and note is there, and the vault is intact, after every kill',
    { timeout: 60_000 + runs * 4_000 },
    async () => {
      const dir = await makeTempDir('mend-kill-journal-');
      const setup = await createTestMend(dir.path);
      await setUpVault(setup);
      await setup.dispose();
      const acked = new Acknowledged();
      let killedWhileWriting = 0;
      try {
        for (let run = 0; run < runs; run++) {
          // Every fourth run: any moment from spawn (start-up, unlock); else inside the write
          // loop, after 1 to 40 acknowledged writes.
          const plan = { armAfterLines: run % 4 === 0 ? 0 : 2, maxDelayMs: run % 4 === 0 ? 1_500 : 300 };
          const { lines } = await runAndKill(
            'tests/kill/journalChild.ts',
            [dir.path, String((run + 1) * 1_000_000)],
            plan,
          );
          if (acked.add(lines) > 0) killedWhileWriting++;

          const mend = await createTestMend(dir.path);
          try {
            const call = async (channel: string, input?: unknown) => {
              const result = await mend.dispatch(channel, input, trustedSender);
              expect(result, `run ${run}: ${channel}`).toMatchObject({ ok: true });
              return (result as { value: unknown }).value;
            };
            await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
            expect(mend.vault.db().pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
            const lost: string[] = [];
            for (const [id, seq] of acked.entries) {
              const entry = (await mend.dispatch('journal.get', { id }, trustedSender)) as {
                ok: boolean;
                value?: { body: string };
              };
              if (!entry.ok || seqOf(entry.value?.body ?? '') < seq) lost.push(`entry ${id} write ${seq}`);
            }
            for (const [promptId, seq] of acked.notes) {
              const stepId = promptId.slice(0, promptId.lastIndexOf('.'));
              const { notes } = (await call('program.notes', { stepId })) as {
                notes: { promptId: string; text: string }[];
              };
              const note = notes.find((candidate) => candidate.promptId === promptId);
              if (seqOf(note?.text ?? '') < seq) lost.push(`note ${promptId} write ${seq}`);
            }
            expect(lost, `run ${run}: acknowledged writes missing`).toEqual([]);
          } finally {
            await mend.dispose();
          }
        }
      } finally {
        await dir.remove();
      }
      expect(killedWhileWriting).toBeGreaterThan(runs / 3);
      expect(acked.entries.size).toBeGreaterThan(0);
      expect(acked.notes.size).toBeGreaterThan(0);
    },
  );
});
