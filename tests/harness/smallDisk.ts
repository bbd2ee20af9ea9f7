import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small tmpfs the test mounted itself, so "disk full" and "read-only" are real. */
export interface SmallDisk {
  path: string;
  /** Makes the whole filesystem read-only (as a read-only volume or a locked-down share is). */
  remountReadOnly(): void;
  remountWritable(): void;
  unmount(): void;
}

/**
 * Mounts a tmpfs of `sizeBytes` on a new temp folder. Needs root (CI containers run as root
 * here); otherwise, or when the kernel refuses, returns the reason to skip with.
 */
export function mountSmallDisk(sizeBytes: number): SmallDisk | { skip: string } {
  if (process.getuid?.() !== 0) return { skip: 'not root, so no tmpfs can be mounted' };
  const path = mkdtempSync(join(tmpdir(), 'mend-small-disk-'));
  const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' });
  try {
    mount('-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', path);
  } catch (error) {
    rmSync(path, { recursive: true, force: true });
    return { skip: `mount -t tmpfs failed: ${String((error as Error).message).split('\n')[0]}` };
  }
  return {
    path,
    remountReadOnly: () => mount('-o', 'remount,ro', path),
    remountWritable: () => mount('-o', 'remount,rw', path),
    unmount: () => {
      execFileSync('umount', ['-l', path], { stdio: 'pipe' });
      rmSync(path, { recursive: true, force: true });
    },
  };
}

export function isSkip(disk: SmallDisk | { skip: string }): disk is { skip: string } {
  return 'skip' in disk;
}
