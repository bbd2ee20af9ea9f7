import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function sha256File(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** Flips one bit of a file in place, as a failing disk or a tamperer would. */
export async function flipBit(path: string, offset: number, bit = 0): Promise<void> {
  const bytes = await readFile(path);
  if (offset >= bytes.length) throw new Error(`offset ${offset} beyond ${bytes.length} bytes`);
  bytes[offset] = (bytes[offset] ?? 0) ^ (1 << bit);
  await writeFile(path, bytes);
}

/** Names in a folder (empty when it does not exist). */
export async function namesIn(dir: string): Promise<string[]> {
  return existsSync(dir) ? (await readdir(dir)).sort() : [];
}

/** The copy in `dir` whose name ends with `-<name>` (copies are `<timestamp>-<name>`). */
export async function copiesOf(dir: string, name: string): Promise<string[]> {
  return (await namesIn(dir)).filter((entry) => entry.endsWith(`-${name}`)).map((entry) => join(dir, entry));
}
