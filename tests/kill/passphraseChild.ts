// Child process for the passphrase-change kill test: unlocks the vault with whichever of two
// passphrases currently works, then changes it back and forth forever through the REAL vault
// service, printing the passphrase now in force after each change returned.
// Usage: node --import ./scripts/register-ts.mjs tests/kill/passphraseChild.ts <dataDir> <a> <b>
import { writeSync } from 'node:fs';
import { createEventBus } from '../../src/main/ipc/eventBus';
import { createVaultService } from '../../src/main/vault/vaultService';
import { TEST_ARGON2 } from '../harness/core';

const [dataDir, first, second] = process.argv.slice(2);
if (dataDir === undefined || first === undefined || second === undefined) {
  throw new Error('usage: passphraseChild <dataDir> <a> <b>');
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
  await vault.changePassphrase(current, other);
  [current, other] = [other, current];
  writeSync(1, `now ${current}\n`);
}
