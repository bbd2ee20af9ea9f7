import { nativeTheme, type BrowserWindow } from 'electron';
import type { Settings } from '@shared/ipc/contract';

/**
 * Applies the settings main owns to a window: screen-capture protection (Windows and macOS
 * keep the window out of screenshots, recordings and screen sharing; Linux has no such
 * facility and ignores it).
 */
export function applyWindowPrivacy(window: BrowserWindow, settings: Settings): void {
  if (window.isDestroyed()) return;
  window.setContentProtection(settings.screenCaptureProtection);
}

/** Native parts (title bar, menus, dialogs, scrollbars) follow the theme setting too. */
export function applyNativeTheme(settings: Settings): void {
  nativeTheme.themeSource = settings.theme;
}

/**
 * The title stays "Mend" whatever a page sets: titles appear in the taskbar, the window
 * switcher and screen shares, where journal text must never show.
 */
export function keepNeutralTitle(window: BrowserWindow): void {
  window.on('page-title-updated', (event) => event.preventDefault());
  window.setTitle('Mend');
}
