import { MendError, type ErrorInfo } from '@shared/errors';

interface CodedError {
  code?: unknown;
}

const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);
/** The file system would not take or give back a file: the write may not have happened. */
const IO_CODES = new Set(['EIO', 'EISDIR', 'ENOTDIR', 'ENOTEMPTY', 'EEXIST', 'EBUSY', 'EMFILE', 'ENFILE', 'ELOOP']);

/**
 * Turns anything a service threw into an error the user may see. Known failures keep their
 * code; storage failures get the code the UI knows; anything else becomes INTERNAL with a
 * calm sentence. Stack traces and raw messages never leave main. No sentence for a failed
 * write ever says nothing was lost: the change that failed was not saved.
 */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof MendError) return error.toInfo();
  const raw = (error as CodedError | null)?.code;
  const code = typeof raw === 'string' ? raw : '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return { code: 'DISK_FULL', message: 'The disk is full, so this could not be saved.' };
  }
  if (READ_ONLY_CODES.has(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
    return { code: 'READ_ONLY', message: 'Mend cannot write to its data folder, so this was not saved.' };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { code: 'DAMAGED', message: 'The journal file looks damaged.' };
  }
  if (IO_CODES.has(code) || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return {
      code: 'IO_FAILED',
      message: 'Mend could not read or write one of its files, so this may not have been saved.',
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Mend.' };
}
