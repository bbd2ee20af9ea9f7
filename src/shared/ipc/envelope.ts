import type { ErrorInfo } from '../errors';

/** What crosses the IPC boundary for every call: a value, or a typed error. Never a throw. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(error: ErrorInfo): Envelope<never> {
  return { ok: false, error };
}
