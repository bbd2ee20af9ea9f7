// Child process for the key-change kill test: unlocks the vault with whichever of two
// passphrases works (finishing a change a kill cut off, as the app would), then changes the
// data key back and forth forever through the REAL vault service, printing the passphrase in
// force after each change returned.
// Usage: node --import ./scripts/register-ts.mjs tests/kill/rotationChild.ts <journalDir> <a> <b>
import { writeSync } from 'node:fs';
import { recoveryAnswers } from '../harness/core';
import { unlockWithEither } from './eitherPassphrase';

const opened = await unlockWithEither('rotationChild');
const { vault } = opened;
let { current, other } = opened;
for (;;) {
  const shown = await vault.beginKeyRotation(current, other);
  writeSync(1, `rotating\n`);
  const done = await vault.confirmRecoveryKey(recoveryAnswers(shown));
  if (done !== 'rotation') throw new Error('the key change was not confirmed');
  [current, other] = [other, current];
  writeSync(1, `now ${current}\n`);
}
