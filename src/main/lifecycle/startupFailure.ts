import { MendError } from '@shared/errors';

/**
 * What happens when Mend cannot start (for example, its own content files are damaged and
 * `createMend` throws): a plain dialog, then the app quits. Before, `start()` had no catch,
 * so the process lived on with no window, holding the single-instance lock and swallowing
 * every relaunch. The decision is here, pure and tested; Electron's dialog and quit are
 * the port.
 */

export interface StartupFailurePorts {
  /** A modal error box (Electron `dialog.showErrorBox`). */
  showError(title: string, message: string): void;
  /** Ends the process, releasing the single-instance lock (Electron `app.exit`). */
  exit(code: number): void;
  /** One line for the log: the error's kind, never journal text or a stack. */
  log(line: string): void;
}

export interface StartupFailureWords {
  title: string;
  message: string;
}

const TITLE = 'Mend could not start';
const UNTOUCHED = 'Your journal has not been changed.';

/** The words for a start-up failure: what happened, that the journal is safe, what to do. */
export function startupFailureWords(error: unknown): StartupFailureWords {
  const code = error instanceof MendError ? error.code : (error as { code?: unknown } | null)?.code;
  if (error instanceof MendError && error.code === 'DAMAGED' && error.detail?.['file'] === 'content') {
    return {
      title: TITLE,
      message: `Some of Mend's own files are damaged or missing. ${UNTOUCHED} Please install Mend again; your journal will be there when it opens.`,
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'READ_ONLY') {
    return {
      title: TITLE,
      message: `Mend is not allowed to use its data folder. ${UNTOUCHED} Please check that your account can write to it, then open Mend again.`,
    };
  }
  if (code === 'ENOSPC' || code === 'DISK_FULL') {
    return {
      title: TITLE,
      message: `The disk is full. ${UNTOUCHED} Please free some space, then open Mend again.`,
    };
  }
  return {
    title: TITLE,
    message: `Something went wrong while Mend was starting. ${UNTOUCHED} Please open Mend again; if this keeps happening, install it again.`,
  };
}

/**
 * Runs the start-up; on failure shows the words, logs the kind of error and exits with
 * code 1. Resolves to the started value, or null after a failure.
 */
export async function startOrExplain<T>(start: () => Promise<T>, ports: StartupFailurePorts): Promise<T | null> {
  try {
    return await start();
  } catch (error) {
    const kind = error instanceof MendError ? error.code : error instanceof Error ? error.name : typeof error;
    ports.log(`[mend] start-up failed: ${kind}`);
    const { title, message } = startupFailureWords(error);
    try {
      ports.showError(title, message);
    } finally {
      ports.exit(1);
    }
    return null;
  }
}
