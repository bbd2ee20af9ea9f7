import { join } from 'node:path';
import { createEventBus } from '../../src/main/ipc/eventBus';
import { DEFAULT_ARGON2 } from '../../src/main/vault/kdf';
import { readKeyFile, unwrapWithPassphrase } from '../../src/main/vault/keyFile';
import { wipe } from '../../src/main/vault/secretBytes';
import { createSessionHolder } from '../../src/main/vault/vaultSession';
import { createVaultService } from '../../src/main/vault/vaultService';
import { timed, type Measurement } from '../measurement';

const PASSPHRASE = 'bench passphrase for unlocking';

/**
 * Unlock as the person waits for it, with the shipped Argon2id cost (256 MiB, 3 passes):
 * `kdf` is unwrapping the data key (Argon2id + AES-GCM), `open` is reading every page
 * through the cipher, opening read-write and checking the pragmas, `total` is vault.unlock.
 */
export const unlockMeasurement: Measurement = {
  name: 'unlock',
  description: (s) =>
    `Unlock with the default Argon2id parameters (256 MiB, 3 passes) and a ${s.unlockEntries.toLocaleString('en')}-entry journal (~1 KB each): kdf = unwrap the data key, open = open and verify the database, total = vault.unlock.`,
  async run({ runs, workDir, sizes }) {
    const dataDir = join(workDir, 'vault');
    const vault = createVaultService({ dataDir, bus: createEventBus(), argon2: DEFAULT_ARGON2 });
    await vault.create(PASSPHRASE);
    const db = vault.db();
    db.exec('CREATE TABLE entries (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO entries (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < sizes.unlockEntries; i++)
        insert.run(`Entry ${i}: ${'a quiet sentence about a hard day. '.repeat(30)}`);
    })();
    await vault.lock('manual');

    const samples: Record<string, number[]> = { kdf: [], open: [], total: [] };
    const session = createSessionHolder(vault.paths);
    for (let run = 0; run < runs; run++) {
      const keyFile = await readKeyFile(vault.paths.keyFile);
      let dataKey: Buffer | null = null;
      samples['kdf']?.push(
        await timed(async () => (dataKey = await unwrapWithPassphrase(keyFile, PASSPHRASE))),
      );
      const key = dataKey as Buffer | null;
      if (key === null) throw new Error('the bench passphrase did not unwrap the key');
      samples['open']?.push(await timed(() => session.open(key, 'passphrase', false)));
      session.close();
      wipe(key);
      samples['total']?.push(await timed(() => vault.unlock('passphrase', PASSPHRASE)));
      await vault.lock('manual');
    }
    await vault.dispose();
    return samples;
  },
};
