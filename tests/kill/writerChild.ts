// Child process for the kill test: opens the journal with the REAL openDatabase (same cipher,
// key handling and pragmas as the app) and commits rows forever, printing each id only after
// its commit returned. The parent kills it with SIGKILL at a random moment.
// Usage: node --import ./scripts/register-ts.mjs tests/kill/writerChild.ts <db> <key-hex>
import { randomBytes, randomInt } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openDatabase } from '../../src/main/db/openDatabase';

const [path, keyHex] = process.argv.slice(2);
if (path === undefined || keyHex === undefined) throw new Error('usage: writerChild <db> <key-hex>');

const db = openDatabase(path, Buffer.from(keyHex, 'hex'), { create: true });
db.exec('CREATE TABLE IF NOT EXISTS kill_rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL) STRICT');
const insert = db.prepare('INSERT INTO kill_rows (payload) VALUES (?)');
const touch = db.prepare('UPDATE kill_rows SET payload = ? WHERE id = ?');
const write = db.transaction((payload: string) => {
  const { lastInsertRowid } = insert.run(payload);
  const id = Number(lastInsertRowid);
  // Rewrite an older row too, so pages keep changing and checkpoints move real data.
  if (id > 1) touch.run(randomBytes(randomInt(16, 600)).toString('hex'), randomInt(1, id));
  return id;
});
writeSync(1, 'ready\n');
for (;;) {
  const id = write(randomBytes(randomInt(16, 1500)).toString('hex'));
  writeSync(1, `${id}\n`);
}
