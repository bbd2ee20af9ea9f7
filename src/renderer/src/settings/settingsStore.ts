import { useSyncExternalStore } from 'react';
import type { Settings, SettingsPatch } from '@shared/ipc/contract';
import { call, subscribe } from '../api';

/** What the store needs from main: a read, a write, and main's `settings.changed` event. */
export interface SettingsPorts {
  read(): Promise<Settings>;
  write(patch: SettingsPatch): Promise<Settings>;
  onChanged(listener: (settings: Settings) => void): () => void;
}

export interface SettingsStore {
  /** The settings as shown now; null until the first read answers (or when it failed). */
  current(): Settings | null;
  /** Called after every change of `current()`; starts the store on first use (and reads again while it has nothing). */
  subscribe(listener: () => void): () => void;
  /**
   * Saves a change; once main has stored it, every screen shows it and the promise resolves
   * with what main holds. On failure nothing changes and the promise rejects (the screen says
   * why). Never shown before it is saved: what the person sees is what Mend keeps.
   */
  update(patch: SettingsPatch): Promise<Settings>;
}

/**
 * The renderer's one copy of the settings, for every screen: read once, kept current by
 * main's `settings.changed` event (whichever window or screen changed them), and changed
 * only through `update`. Framework-free so it can be tested with fake ports; `useSettings`
 * binds it to React.
 */
export function createSettingsStore(ports: SettingsPorts): SettingsStore {
  /** What main last reported. */
  let current: Settings | null = null;
  let started = false;
  let reading = false;
  const listeners = new Set<() => void>();

  const fromMain = (next: Settings) => {
    current = next;
    for (const listener of listeners) listener();
  };

  function read(): void {
    if (reading) return;
    reading = true;
    ports.read().then(
      (loaded) => {
        reading = false;
        // An event (or an update's answer) may have come first; it is newer than this read.
        if (current === null) fromMain(loaded);
      },
      () => {
        // Unreadable (or no journal chosen yet, in the chooser): `current()` stays null, each
        // reader uses the shared defaults (DEFAULT_SETTINGS), and the next screen to subscribe
        // (the shell, once a journal is open) asks again.
        reading = false;
      },
    );
  }

  function start(): void {
    if (!started) {
      started = true;
      ports.onChanged(fromMain);
    }
    if (current === null) read();
  }

  return {
    current: () => current,
    subscribe(listener) {
      start();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async update(patch) {
      start();
      const saved = await ports.write(patch);
      fromMain(saved);
      return saved;
    },
  };
}

export const settingsStore = createSettingsStore({
  read: () => call('settings.get'),
  write: (patch) => call('settings.update', patch),
  onChanged: (listener) => subscribe('settings.changed', listener),
});

/** The settings every screen reads; null until the first read answers. */
export function useSettings(): Settings | null {
  return useSyncExternalStore(settingsStore.subscribe, settingsStore.current);
}

/** Saves a settings change through the one store; every screen shows it once main has stored it. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return settingsStore.update(patch);
}
