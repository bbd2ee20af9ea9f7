import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fsyncDir, fsyncFile } from './atomicWrite';

/** `2026-11-26T02-56-39-123Z`: sortable, and valid in a file name on every system. */
export function fileTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/:/g, '-').replace('.', '-');
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}


/** An earlier copy of the same bytes in `dir`, so a damage seen twice is kept once. */
async function existingCopy(file: string, dir: string): Promise<string | null> {
  if (!existsSync(dir)) return null;
  const name = basename(file);
  const size = (await stat(file)).size;
  let digest: string | null = null;
  for (const candidate of await readdir(dir)) {
    if (!candidate.endsWith(`-${name}`)) continue;
    const path = join(dir, candidate);
    if ((await stat(path)).size !== size) continue;
    digest ??= await sha256(file);
    if ((await sha256(path)) === digest) return path;
  }
  return null;
}

/**
 * Copies `file` byte for byte into `dir` as `<timestamp>-<name>` and fsyncs it: the
 * original stays where it is, untouched. Returns the copy's path, or null when there was no
 * file. A file already copied with the same bytes is not copied again.
 */
export function copyAside(file: string, dir: string, now: number): Promise<string | null> {
  // One copy at a time per folder: two inspections racing (the page asks for the vault's
  // status and the settings at once) would otherwise both miss the other's copy.
  const previous = queues.get(dir) ?? Promise.resolve();
  const next = previous.then(
    () => copyAsideNow(file, dir, now),
    () => copyAsideNow(file, dir, now),
  );
  const settled = next.catch(() => undefined);
  queues.set(dir, settled);
  void settled.then(() => {
    if (queues.get(dir) === settled) queues.delete(dir);
  });
  return next;
}

const queues = new Map<string, Promise<unknown>>();

async function copyAsideNow(file: string, dir: string, now: number): Promise<string | null> {
  if (!existsSync(file)) return null;
  const earlier = await existingCopy(file, dir);
  if (earlier !== null) return earlier;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const target = join(dir, `${fileTimestamp(now)}-${basename(file)}`);
  const temp = `${target}.partial`;
  try {
    await copyFile(file, temp);
    await fsyncFile(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(dir);
  return target;
}
