import { useSyncExternalStore } from 'react';
import type { Settings } from '@shared/ipc/contract';
import { call, subscribe } from '../api';

/**
 * The settings as main last reported them: read once, then kept current by the
 * `settings.changed` event, whoever changed them (this window's Settings screen included).
 */
let current: Settings | null = null;
const listeners = new Set<() => void>();
let started = false;

function publish(next: Settings): void {
  current = next;
  for (const listener of listeners) listener();
}

function start(): void {
  if (started) return;
  started = true;
  subscribe('settings.changed', publish);
  call('settings.get').then(
    (loaded) => {
      // An event may have arrived first; it is newer than this read.
      if (current === null) publish(loaded);
    },
    () => {
      // Without settings the defaults of the stylesheet apply; nothing else depends on this.
    },
  );
}

function subscribeStore(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Null until the first read answers. */
export function useLiveSettings(): Settings | null {
  return useSyncExternalStore(subscribeStore, () => current);
}

/** Lets a screen show its own change at once, before the event comes back. */
export function noteSettings(next: Settings): void {
  publish(next);
}
