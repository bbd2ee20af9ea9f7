import type { FileFilter, FileRevealer, SaveTarget } from '../../src/main/export/exportPorts';

/**
 * The save dialog and the file manager as a test answers them: a given path (or null, the
 * person cancelling), and a record of what was asked and shown.
 */
export interface GivenSaveTarget extends SaveTarget {
  /** What the next file dialog answers. */
  file: string | null;
  /** What the next folder dialog answers. */
  folder: string | null;
  /** What the next open-file dialog answers. */
  openFile: string | null;
  asked: { kind: 'file' | 'folder' | 'open'; title: string; defaultName?: string; filters?: FileFilter[] }[];
}

export function givenSaveTarget(
  answers: { file?: string | null; folder?: string | null; openFile?: string | null } = {},
): GivenSaveTarget {
  const target: GivenSaveTarget = {
    file: answers.file ?? null,
    folder: answers.folder ?? null,
    openFile: answers.openFile ?? null,
    asked: [],
    chooseFile: async ({ title, defaultName, filters }) => {
      target.asked.push({ kind: 'file', title, defaultName, filters });
      return target.file;
    },
    chooseFolder: async ({ title }) => {
      target.asked.push({ kind: 'folder', title });
      return target.folder;
    },
    chooseOpenFile: async ({ title, filters }) => {
      target.asked.push({ kind: 'open', title, filters });
      return target.openFile;
    },
  };
  return target;
}

export interface RecordingRevealer extends FileRevealer {
  shown: string[];
}

export function recordingRevealer(): RecordingRevealer {
  const revealer: RecordingRevealer = {
    shown: [],
    showInFolder: (path) => {
      revealer.shown.push(path);
    },
  };
  return revealer;
}
