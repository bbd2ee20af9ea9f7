import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, trustedSender } from '../../harness/core';
import { closedKillJournal, killRunCount, runAndKill, unlockWithEither } from '../../harness/killRuns';

/**
 * Item 5: a change of data key killed (SIGKILL) at a random point, again and again, always
 * leaves a journal that opens with the old or the new passphrase, passes integrity_check and
 * holds every row. `npm run soak` runs 200 rounds.
 */
describe('killed mid key change', () => {
  const runs = killRunCount(20, 'MEND_ROTATION_KILL_RUNS');
  it(
    'the journal always opens with the old or the new passphrase, intact',
    { timeout: 90_000 + runs * 5_000 },
    async () => {
      const other = 'the other passphrase';
      // Enough pages that the rekey itself takes a while, so kills land inside it too.
      const { dir, journalDir } = await closedKillJournal('mend-kill-rotation-', (db) => {
        db.exec('CREATE TABLE kill_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
        const insert = db.prepare('INSERT INTO kill_notes (body) VALUES (?)');
        db.transaction(() => {
          for (let i = 0; i < 3_000; i++) insert.run(`note ${i} ${'words of a long night '.repeat(20)}`);
        })();
      });
      let changes = 0;
      let killedMidChange = 0;
      let killedMidRekey = 0;
      try {
        for (let run = 0; run < runs; run++) {
          // Lines: "ready", "rotating", "now …", "rotating". After a "rotating" line (odd runs)
          // the change is under way and lasts tens of milliseconds, so those kills come soon;
          // the others may fall anywhere, a change begun or finished.
          const plan = { armAfterLines: 1 + (run % 4), maxDelayMs: run % 2 === 1 ? 80 : 400 };
          const { lines } = await runAndKill('tests/kill/rotationChild.ts', [journalDir, TEST_PASSPHRASE, other], plan);
          changes += lines.filter((line) => line.startsWith('now ')).length;
          if (existsSync(`${journalDir}/journal.mend.key.next`)) killedMidChange++;
          // A rollback journal exists only while the journal is out of WAL mode for the rekey.
          if (existsSync(`${journalDir}/journal.mend.db-journal`)) killedMidRekey++;

          const { mend, opened, first } = await unlockWithEither(dir.path, [TEST_PASSPHRASE, other]);
          try {
            expect(opened, `run ${run}: neither passphrase opens the journal (${JSON.stringify(first)})`).toBe(true);
            const live = mend.vault.db();
            expect(live.pragma('integrity_check', { simple: true }), `run ${run}`).toBe('ok');
            expect(live.prepare('SELECT count(*) FROM kill_notes').pluck().get(), `run ${run}`).toBe(3_000);
            expect(existsSync(`${journalDir}/journal.mend.key.next`), `run ${run}: change left unfinished`).toBe(false);
            await mend.dispatch('vault.lock', { reason: 'manual' }, trustedSender);
            expect(await mend.dispatch('vault.status', undefined, trustedSender), `run ${run}`).toMatchObject({
              value: { state: 'locked' },
            });
          } finally {
            await mend.dispose();
          }
        }
      } finally {
        await dir.remove();
      }
      console.info(
        `key-change kills: ${runs} runs, ${killedMidChange} inside a change, ${killedMidRekey} inside the rekey, ${changes} changes completed`,
      );
      // The kills really fell inside changes, and changes really completed between them. (How
      // many fall inside depends on the machine's speed: at least one is what the test needs.)
      expect(killedMidChange, 'kills inside a change').toBeGreaterThan(0);
      expect(changes, 'completed changes').toBeGreaterThan(runs / 4);
    },
  );
});
