/**
 * Stable error codes shared by main and renderer. The renderer maps each code to
 * friendly words; a message is never a stack trace.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
  'NOT_FOUND',
  'LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'WRONG_SECRET',
  'RATE_LIMITED',
  'DAMAGED',
  'NEWER_VERSION',
  'DISK_FULL',
  'READ_ONLY',
  /** A file Mend needs could not be read or written (a folder in its place, an I/O error). */
  'IO_FAILED',
  'CONFLICT',
  'CANCELLED',
  /** A save place inside Mend's own data folder (an export could replace the key file). */
  'INSIDE_DATA_FOLDER',
  /** A new passphrase that would be guessed first ("password1"); see shared/passphraseStrength.ts. */
  'WEAK_PASSPHRASE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable extra data, e.g. seconds to wait. Never user text. */
  detail?: Record<string, string | number | boolean | null>;
}

/** A failure the user may see, with a stable code. Thrown by services in main. */
export class MendError extends Error {
  readonly code: ErrorCode;
  readonly detail: ErrorInfo['detail'];

  constructor(code: ErrorCode, message: string, detail?: ErrorInfo['detail']) {
    super(message);
    this.name = 'MendError';
    this.code = code;
    this.detail = detail;
  }

  toInfo(): ErrorInfo {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }
}
