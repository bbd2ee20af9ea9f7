import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Every regular file under `root` (recursively) changed at or after `since` (ms). */
export function filesUnder(root: string, since = 0): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return; // vanished or unreadable (other processes use the temp folder too)
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        const info = statSync(path);
        if (info.isDirectory()) walk(path);
        else if (info.isFile() && info.mtimeMs >= since && info.size <= MAX_FILE_BYTES) out.push(path);
      } catch {
        // Removed while we looked.
      }
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** Files in the system temp folder created or changed during the test. */
export function tempFilesSince(since: number): string[] {
  return filesUnder(tmpdir(), since);
}

/**
 * Files this process holds open after deleting them: SQLite's `etilqs_*` temp files vanish
 * from the folder at once, so only /proc shows them (Linux). Read now, while still open.
 */
export function openDeletedFiles(): { path: string; bytes: Buffer }[] {
  const fdDir = '/proc/self/fd';
  if (!existsSync(fdDir)) return [];
  const out: { path: string; bytes: Buffer }[] = [];
  for (const fd of readdirSync(fdDir)) {
    try {
      const target = readlinkSync(join(fdDir, fd));
      if (!target.endsWith(' (deleted)')) continue;
      out.push({ path: target, bytes: readFileSync(join(fdDir, fd)) });
    } catch {
      // Closed meanwhile, or not a readable file.
    }
  }
  return out;
}

/** The files (of `paths`) whose bytes contain `canary`. */
export function filesContaining(paths: readonly string[], canary: string): string[] {
  const needle = Buffer.from(canary, 'utf8');
  return paths.filter((path) => {
    try {
      return readFileSync(path).includes(needle);
    } catch {
      return false;
    }
  });
}
