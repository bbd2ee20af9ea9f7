import { MendError } from '@shared/errors';
import { isInsideFolder } from '../fs/realPath';
import type { SaveTarget } from './exportPorts';

export const INSIDE_DATA_FOLDER_MESSAGE =
  'That folder is where Mend keeps your journal, so nothing can be saved there. Please choose another place, such as your Documents folder.';

/**
 * The save dialog, refusing every place inside Mend's own data folder (by real path: through
 * symbolic links, and for files and folders that do not exist yet). An export saved there
 * could replace the key file (a JSON export named `journal.mend.key` once locked a journal
 * for good) or leave plaintext inside the encrypted vault's folder. Every export and
 * transfer asks through this one port, so every kind is covered, and future ones too.
 * Opening a file (an import) is not writing, so it is not refused.
 */
export function refuseDataFolderTargets(
  target: SaveTarget,
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): SaveTarget {
  async function checked(path: string | null): Promise<string | null> {
    if (path !== null && (await isInsideFolder(path, dataDir, platform))) {
      throw new MendError('INSIDE_DATA_FOLDER', INSIDE_DATA_FOLDER_MESSAGE);
    }
    return path;
  }
  return {
    chooseFile: async (request) => checked(await target.chooseFile(request)),
    chooseFolder: async (request) => checked(await target.chooseFolder(request)),
    chooseOpenFile: (request) => target.chooseOpenFile(request),
  };
}
