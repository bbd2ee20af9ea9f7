import type { ErrorCode, ErrorInfo } from '@shared/errors';
import { EXPOSED_NAME, type ExposedApi } from '@shared/ipc/api';
import type { Channel, EventName } from '@shared/ipc/channels';
import type { EventPayload, InputOf, OutputOf } from '@shared/ipc/contract';
import type { Envelope } from '@shared/ipc/envelope';

/**
 * The renderer's only door to the main process. Every screen calls `call()`; a failure
 * arrives as a `MendApiError` with a stable code that `friendlyMessage` turns into words.
 */
export class MendApiError extends Error {
  readonly code: ErrorCode;
  readonly detail: ErrorInfo['detail'];

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'MendApiError';
    this.code = info.code;
    this.detail = info.detail;
  }
}

function exposed(): ExposedApi {
  const api = (globalThis as unknown as Record<string, ExposedApi | undefined>)[EXPOSED_NAME];
  if (api === undefined) throw new MendApiError({ code: 'INTERNAL', message: 'Mend could not start its bridge.' });
  return api;
}

export async function call<C extends Channel>(
  channel: C,
  ...args: undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]
): Promise<OutputOf<C>> {
  // The mapped API type loses the link between a channel and its output; restore it here.
  const invoke = exposed()[channel] as (input: unknown) => Promise<Envelope<OutputOf<C>>>;
  const envelope = await invoke(args[0]);
  if (!envelope.ok) throw new MendApiError(envelope.error);
  return envelope.value;
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return exposed().subscribe(event, listener);
}

const FRIENDLY: Record<ErrorCode, string> = {
  VALIDATION: 'That did not look right. Please check what you entered.',
  FORBIDDEN_SENDER: 'This window is not allowed to open your journal.',
  UNKNOWN_CHANNEL: 'Mend did not understand that request.',
  INTERNAL: 'Something went wrong inside Mend. Please try again.',
  NOT_FOUND: 'That item could not be found. It may have been deleted.',
  LOCKED: 'Your journal is locked. Unlock it to continue.',
  NO_VAULT: 'There is no journal on this computer yet.',
  VAULT_EXISTS: 'A journal already exists on this computer.',
  WRONG_SECRET: 'That passphrase or recovery key did not open the journal.',
  RATE_LIMITED: 'Too many attempts. Please wait a moment before trying again.',
  DAMAGED: 'Part of your journal looks damaged. Your files have not been changed.',
  NEWER_VERSION: 'This journal was made by a newer version of Mend. Please update Mend to open it.',
  DISK_FULL: 'The disk is full, so this could not be saved. Your text is still on screen.',
  READ_ONLY: 'Mend cannot write to its data folder, so this was not saved. Your text is still on screen.',
  IO_FAILED: 'Mend could not read or write one of its files, so this may not have been saved.',
  CONFLICT: 'This changed somewhere else. Please try again.',
  CANCELLED: 'Cancelled.',
  INSIDE_DATA_FOLDER:
    'That folder is where Mend keeps your journal, so nothing can be saved there. Please choose another place, such as your Documents folder.',
  WEAK_PASSPHRASE: 'That passphrase would be guessed too easily. Please add a few less common words.',
};

/** Words for a person, never a stack trace. */
export function friendlyMessage(error: unknown): string {
  if (error instanceof MendApiError) return FRIENDLY[error.code];
  return FRIENDLY.INTERNAL;
}
