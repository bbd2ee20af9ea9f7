import { MendError, type ErrorInfo } from '@shared/errors';

interface CodedError {
  code?: unknown;
}

/**
 * Turns anything a service threw into an error the user may see. Known failures keep their
 * code; storage failures get the code the UI knows; anything else becomes INTERNAL with a
 * calm sentence. Stack traces and raw messages never leave main.
 */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof MendError) return error.toInfo();
  const code = (error as CodedError | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return { code: 'DISK_FULL', message: 'The disk is full, so this could not be saved.' };
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_READONLY') {
    return { code: 'READ_ONLY', message: 'Mend cannot write to its data folder.' };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return { code: 'DAMAGED', message: 'The journal file looks damaged.' };
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Mend. Nothing was lost.' };
}
