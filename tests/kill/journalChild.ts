// Child process for the journal kill test: starts the REAL app core (createMend over the data
// folder), unlocks, and then writes journal entries (new and edited) and step notes through
// the dispatcher forever. It prints one acknowledgement line per write, only after the
// dispatcher answered ok. The parent kills it with SIGKILL at a random moment.
// Usage: node --import ./scripts/register-ts.mjs tests/kill/journalChild.ts <dataDir>
//   "E <entryId> <seq>": journal entry <entryId> now holds the body of write <seq>
//   "N <promptId> <seq>": the note for <promptId> now holds the text of write <seq>
import { randomBytes, randomInt } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createTestMend, TEST_PASSPHRASE, trustedSender } from '../harness/core';
import { KILL_PROMPTS, killText } from '../harness/journalKill';

const [dataDir, seqStart] = process.argv.slice(2);
if (dataDir === undefined || seqStart === undefined) throw new Error('usage: journalChild <dataDir> <seq>');

const mend = await createTestMend(dataDir);
const call = async (channel: string, input: unknown): Promise<unknown> => {
  const result = await mend.dispatch(channel, input, trustedSender);
  if (!result.ok) {
    writeSync(2, `${channel} failed: ${result.error.code} ${result.error.message}\n`);
    process.exit(3);
  }
  return result.value;
};

await call('vault.unlock', { method: 'passphrase', secret: TEST_PASSPHRASE });
writeSync(1, 'ready\n');
// Sequence numbers keep growing across runs (the parent passes the next one), so a later
// write is always recognisable as later.
let seq = Number(seqStart);
const entryIds: number[] = [];
for (;;) {
  seq += 1;
  // Large enough now and then to span several pages and move checkpoints.
  const filler = randomBytes(randomInt(8, randomInt(0, 10) === 0 ? 6_000 : 400)).toString('base64');
  const pick = randomInt(0, 3);
  if (pick === 0 || entryIds.length === 0) {
    const entry = (await call('journal.create', {
      title: `kill ${seq}`,
      body: killText(seq, filler),
      tags: ['kill'],
    })) as {
      id: number;
    };
    entryIds.push(entry.id);
    writeSync(1, `E ${entry.id} ${seq}\n`);
  } else if (pick === 1) {
    const id = entryIds[randomInt(0, entryIds.length)] ?? 0;
    await call('journal.update', { id, body: killText(seq, filler) });
    writeSync(1, `E ${id} ${seq}\n`);
  } else {
    const promptId = KILL_PROMPTS[randomInt(0, KILL_PROMPTS.length)] ?? '';
    await call('program.saveNote', { promptId, text: killText(seq, filler) });
    writeSync(1, `N ${promptId} ${seq}\n`);
  }
}
