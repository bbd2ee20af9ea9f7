// Child process for the passphrase-change kill test: unlocks the vault with whichever of two
// passphrases currently works, then changes it back and forth forever through the REAL vault
// service, printing the passphrase now in force after each change returned.
// Usage: node --import ./scripts/register-ts.mjs tests/kill/passphraseChild.ts <journalDir> <a> <b>
import { writeSync } from 'node:fs';
import { unlockWithEither } from './eitherPassphrase';

const opened = await unlockWithEither('passphraseChild');
const { vault } = opened;
let { current, other } = opened;
for (;;) {
  await vault.changePassphrase(current, other);
  [current, other] = [other, current];
  writeSync(1, `now ${current}\n`);
}
