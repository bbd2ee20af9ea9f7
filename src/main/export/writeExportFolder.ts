import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fsyncDir } from '../fs/atomicWrite';
import type { MarkdownFile } from './markdownFiles';

/**
 * Creates `<parent>/<name>` holding `files`, all at once: the files are written into a hidden
 * folder beside it, which is renamed into place only when every file is written. A failure
 * leaves nothing behind, and an existing folder is never touched (the new one is named
 * "<name> (2)" instead). Returns the folder's final name.
 */
export async function writeExportFolder(
  parent: string,
  name: string,
  files: readonly MarkdownFile[],
): Promise<string> {
  const staging = join(parent, `.${name}.partial-${randomBytes(6).toString('hex')}`);
  await mkdir(staging, { mode: 0o700 });
  try {
    for (const file of files) {
      const target = join(staging, ...file.path.split('/'));
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await writeFile(target, file.content, { mode: 0o600, flag: 'wx' });
    }
    const finalName = freeName(parent, name);
    await rename(staging, join(parent, finalName));
    await fsyncDir(parent);
    return finalName;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

function freeName(parent: string, name: string): string {
  if (!existsSync(join(parent, name))) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!existsSync(join(parent, candidate))) return candidate;
  }
}
