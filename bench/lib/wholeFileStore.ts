import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The design of older encrypted diaries, as the baseline Mend is measured against: the whole
 * journal is one JSON document, encrypted with AES-256-GCM, and every save rewrites it
 * atomically (temp file, fsync, rename, fsync the folder). Opening reads and decrypts it all.
 */

export interface WholeFileEntry {
  id: number;
  date: string;
  title: string;
  body: string;
  tags: string[];
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface WholeFileStore {
  entries: WholeFileEntry[];
  /** Replaces one entry's body and rewrites the whole file durably. */
  saveEntry(id: number, body: string): Promise<void>;
  write(): Promise<void>;
}

export async function openWholeFile(path: string, key: Buffer): Promise<WholeFileStore> {
  const file = await readFile(path);
  const decipher = createDecipheriv('aes-256-gcm', key, file.subarray(0, IV_BYTES));
  decipher.setAuthTag(file.subarray(file.length - TAG_BYTES));
  const plain = Buffer.concat([
    decipher.update(file.subarray(IV_BYTES, file.length - TAG_BYTES)),
    decipher.final(),
  ]);
  return wholeFileStore(path, key, JSON.parse(plain.toString('utf8')) as WholeFileEntry[]);
}

export function wholeFileStore(path: string, key: Buffer, entries: WholeFileEntry[]): WholeFileStore {
  async function write(): Promise<void> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(entries), 'utf8'), cipher.final()]);
    const temp = `${path}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writev([iv, body, cipher.getAuthTag()]);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    const folder = await open(dirname(path), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
  return {
    entries,
    write,
    async saveEntry(id, body) {
      const entry = entries.find((candidate) => candidate.id === id);
      if (entry !== undefined) entry.body = body;
      await write();
    },
  };
}
