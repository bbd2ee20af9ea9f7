import { lstatSync } from 'node:fs';
import { basename } from 'node:path';
import { MendError } from '@shared/errors';
import type { VaultPaths } from './vaultPaths';

/**
 * Mend's journal files must be real files in its folder, never symbolic links. SQLite keeps
 * the WAL beside the file it finally opens, so with a linked journal the newest changes live
 * in another folder: after a crash the damage check finds "the newest part missing", and a
 * copy set aside leaves out the real WAL. Mend refuses such a folder, plainly, before it
 * reads or writes anything, instead of following the link somewhere it cannot watch over.
 */
function linked(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function refuseLinkedFiles(paths: VaultPaths): void {
  const files = [
    paths.database,
    paths.wal,
    paths.shm,
    paths.rollbackJournal,
    paths.keyFile,
    paths.nextKeyFile,
    paths.openMarker,
    paths.throttle,
  ];
  const link = files.find(linked);
  if (link === undefined) return;
  throw new MendError(
    'IO_FAILED',
    `${basename(link)} in Mend’s folder is a link to another place. Mend keeps its journal as real files in its own folder: please put the real file at ${link}, then open Mend again. Nothing was changed.`,
    { file: basename(link), reason: 'symlink', path: link },
  );
}
