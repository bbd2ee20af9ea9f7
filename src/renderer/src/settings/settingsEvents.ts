import type { Settings } from '@shared/ipc/contract';

const EVENT = 'mend:settings-changed';

/** Tells the rest of the page that settings changed (e.g. the idle timer picks up new minutes). */
export function announceSettings(settings: Settings): void {
  window.dispatchEvent(new CustomEvent<Settings>(EVENT, { detail: settings }));
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<Settings>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
