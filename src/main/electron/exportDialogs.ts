import { join } from 'node:path';
import {
  app,
  dialog,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { FileRevealer, SaveTarget } from '../export/exportPorts';

/**
 * The save and open dialogs and the file manager behind the export's small interfaces. The dialog is
 * modal to Mend's window, starts in the Documents folder, and asks before overwriting.
 */
export function electronSaveTarget(parentWindow: () => BrowserWindow | null): SaveTarget {
  // Modal to Mend's window when there is one.
  const save = (options: SaveDialogOptions) => {
    const parent = parentWindow();
    return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
  };
  const open = (options: OpenDialogOptions) => {
    const parent = parentWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  return {
    async chooseFile({ title, defaultName, filters }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(app.getPath('documents'), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = await save(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title }) {
      const options: OpenDialogOptions = {
        title,
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = await open(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenFile({ title, filters }) {
      const options: OpenDialogOptions = {
        title,
        defaultPath: app.getPath('documents'),
        filters,
        properties: ['openFile'],
      };
      const result = await open(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

export const electronRevealer: FileRevealer = {
  showInFolder: (path) => shell.showItemInFolder(path),
};
