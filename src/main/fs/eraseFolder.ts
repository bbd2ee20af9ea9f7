import { randomFillSync } from 'node:crypto';
import { lstat, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

const CHUNK = 1024 * 1024;

/** Writes random bytes over the whole file and flushes them to the drive. */
async function overwrite(path: string, size: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    const buffer = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
    for (let offset = 0; offset < size; offset += buffer.length) {
      randomFillSync(buffer);
      await handle.write(buffer, 0, Math.min(buffer.length, size - offset), offset);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Erases a folder: every file is overwritten with random bytes and flushed, then the folder
 * is deleted. On spinning disks this leaves nothing to read back. On SSDs, flash drives and
 * copy-on-write file systems (APFS, Btrfs, ZFS) the drive may write the new bytes elsewhere
 * and keep the old blocks until it reuses them: no program can reach those. docs/security.md
 * says so, and so does the removal screen. `first` lets a caller erase the files that matter
 * most first (the key file), so a cut-off erase still leaves nothing that opens.
 */
export async function eraseFolder(dir: string, first: readonly string[] = []): Promise<void> {
  for (const path of first) await eraseFile(path);
  await eraseTree(dir);
  await rm(dir, { recursive: true, force: true });
}

async function eraseFile(path: string): Promise<void> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return;
  }
  if (info.isFile()) {
    await overwrite(path, info.size);
    await rm(path, { force: true });
  }
}

async function eraseTree(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const info = await lstat(path);
    if (info.isDirectory()) await eraseTree(path);
    else await eraseFile(path);
  }
}
