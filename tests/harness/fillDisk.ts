import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a filler file until the filesystem says ENOSPC; returns a function that frees it. */
export function fillDisk(dir: string): () => void {
  const path = join(dir, 'filler.bin');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (let size = chunk.length; size >= 512;) {
      try {
        writeSync(fd, chunk, 0, size);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
        size = Math.floor(size / 2); // squeeze out the last free blocks too
      }
    }
  } finally {
    closeSync(fd);
  }
  return () => rmSync(path, { force: true });
}

/** A journal entry body too big to fit in the WAL space already allocated. */
export function bigBody(words: string): string {
  return `${words} ${'a steady sentence about the day, written out in full. '.repeat(12_000)}`.slice(
    0,
    600_000,
  );
}
