import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createEventBus } from '../../src/main/ipc/eventBus';
import { createJournalService } from '../../src/main/journal/journalService';
import { DEFAULT_ARGON2 } from '../../src/main/vault/kdf';
import { createVaultService } from '../../src/main/vault/vaultService';
import { recoveryAnswers } from '../../tests/harness/core';
import { journalEntries } from '../lib/dataset';
import { timed, type Measurement } from '../measurement';

const PASSPHRASES = ['bench passphrase before the change', 'bench passphrase after the change'] as const;

/**
 * "Give my journal a new key", as the person waits for it, with the shipped Argon2id cost:
 * `prepare` = vault.rotateKey (check the current passphrase, wrap the new key with the new
 * one: two Argon2id runs), `reencrypt` = the confirmation that rekeys the journal (checkpoint,
 * leave WAL, rekey every page, back to WAL, new key file), `total` = both. The key goes back
 * and forth between two passphrases, one change per run.
 */
export const keyRotationMeasurement: Measurement = {
  name: 'keyRotation',
  description: (s) =>
    `Change of data key on a ${s.entries.toLocaleString('en')}-entry journal (~${s.wordsPerEntry} words each) with the default Argon2id parameters (256 MiB, 3 passes): prepare = check the passphrase and wrap the new key, reencrypt = rekey the journal and write the new key file, total = both; database = the journal file's size.`,
  async run({ runs, workDir, sizes, log }) {
    const vault = createVaultService({ dataDir: join(workDir, 'vault'), bus: createEventBus(), argon2: DEFAULT_ARGON2 });
    const created = await vault.create(PASSPHRASES[0]);
    await vault.confirmRecoveryKey(recoveryAnswers(created));
    log(`seeding ${sizes.entries} entries`);
    createJournalService({ vault }).insertMany(journalEntries(sizes));
    vault.db().pragma('wal_checkpoint(TRUNCATE)');

    const samples: Record<string, number[]> = { prepare: [], reencrypt: [], total: [] };
    for (let run = 0; run < runs; run++) {
      const [current, next] = run % 2 === 0 ? PASSPHRASES : [PASSPHRASES[1], PASSPHRASES[0]];
      let shown: Awaited<ReturnType<typeof vault.beginKeyRotation>> | null = null;
      const prepare = await timed(async () => (shown = await vault.beginKeyRotation(current, next)));
      const answers = recoveryAnswers(shown ?? { recoveryKey: '', confirmGroups: [] });
      let done: string | null = null;
      const reencrypt = await timed(async () => (done = await vault.confirmRecoveryKey(answers)));
      if (done !== 'rotation') throw new Error('the key change did not complete');
      samples['prepare']?.push(prepare);
      samples['reencrypt']?.push(reencrypt);
      samples['total']?.push(prepare + reencrypt);
    }
    const databaseMiB = statSync(vault.paths.database).size / 1_048_576;
    if (vault.db().pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('integrity_check failed');
    await vault.lock('manual');
    await vault.dispose();
    return { ...samples, database: { unit: 'MiB', samples: [Math.round(databaseMiB * 10) / 10] } };
  },
};
