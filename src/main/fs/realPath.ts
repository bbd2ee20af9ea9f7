import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Symbolic links followed before giving up (Linux's own limit is 40). */
const MAX_LINKS = 40;

const isMissing = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};

/**
 * Where a path really leads, even when it does not exist yet: the longest existing ancestor
 * is resolved with `realpath` (every symbolic link on the way), the missing rest appended;
 * a dangling link is followed to where writing through it would create its target.
 */
export async function realPathOf(path: string, linksLeft = MAX_LINKS): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch (error) {
    if (!isMissing(error) && (error as { code?: unknown }).code !== 'ELOOP') throw error;
  }
  const info = await lstat(absolute).catch((error: unknown) => (isMissing(error) ? null : Promise.reject(error)));
  if (info?.isSymbolicLink() === true) {
    if (linksLeft === 0) return absolute;
    return realPathOf(resolve(dirname(absolute), await readlink(absolute)), linksLeft - 1);
  }
  const parent = dirname(absolute);
  if (parent === absolute) return absolute;
  return resolve(await realPathOf(parent, linksLeft), basename(absolute));
}

/**
 * Whether `path` is `folder` or lies inside it, both by their real paths. Windows and macOS
 * file systems usually ignore case, so there the comparison does too.
 */
export async function isInsideFolder(
  path: string,
  folder: string,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  const fold = platform === 'win32' || platform === 'darwin' ? (text: string) => text.toLowerCase() : (text: string) => text;
  const [target, root] = await Promise.all([realPathOf(path), realPathOf(folder)]);
  const rest = relative(fold(root), fold(target));
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}
