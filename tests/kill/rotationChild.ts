// Child process for the key-change kill test: unlocks the vault with whichever of two
// passphrases works (finishing a change a kill cut off, as the app would), then changes the
// data key back and forth forever through the REAL vault service, printing the passphrase in
// force after each change returned.
// Usage: node --import ./scripts/register-ts.mjs tests/kill/rotationChild.ts <journalDir> <a> <b>
import { writeSync } from 'node:fs';
import { createEventBus } from '../../src/main/ipc/eventBus';
import { createVaultService } from '../../src/main/vault/vaultService';
import { recoveryAnswers, TEST_ARGON2 } from '../harness/core';

const [dataDir, first, second] = process.argv.slice(2);
if (dataDir === undefined || first === undefined || second === undefined) {
  throw new Error('usage: rotationChild <journalDir> <a> <b>');
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
for (;;) {
  const shown = await vault.beginKeyRotation(current, other);
  writeSync(1, `rotating\n`);
  const done = await vault.confirmRecoveryKey(recoveryAnswers(shown));
  if (done !== 'rotation') throw new Error('the key change was not confirmed');
  [current, other] = [other, current];
  writeSync(1, `now ${current}\n`);
}
