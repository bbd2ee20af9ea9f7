import { writeSync } from 'node:fs';
import { createEventBus } from '../../src/main/ipc/eventBus';
import { createVaultService, type VaultService } from '../../src/main/vault/vaultService';
import { TEST_ARGON2 } from '../harness/core';

/**
 * The start both passphrase kill children share: `<journalDir> <a> <b>` from the command
 * line, the REAL vault service over that journal's folder, unlocked with whichever of the two
 * passphrases works now (the last run may have been killed after either), then "ready <it>".
 * The caller changes `current` into `other` forever, swapping them after each change.
 */
export async function unlockWithEither(
  child: string,
): Promise<{ vault: VaultService; current: string; other: string }> {
  const [dataDir, first, second] = process.argv.slice(2);
  if (dataDir === undefined || first === undefined || second === undefined) {
    throw new Error(`usage: ${child} <journalDir> <a> <b>`);
  }
  const vault = createVaultService({ dataDir, bus: createEventBus(), argon2: TEST_ARGON2 });
  let current = first;
  let other = second;
  try {
    await vault.unlock('passphrase', current);
  } catch {
    [current, other] = [other, current];
    await vault.unlock('passphrase', current);
  }
  writeSync(1, `ready ${current}\n`);
  return { vault, current, other };
}
