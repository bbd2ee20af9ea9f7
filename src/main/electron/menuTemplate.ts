import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/ipc/contracts/desktop';

/** What the menu can ask of the app. The adapter forwards commands to the renderer. */
export interface MenuActions {
  command(command: AppCommand): void;
}

export interface MenuOptions {
  /** Shown as the macOS application menu's title. */
  appName?: string;
  /** Reload and developer tools exist only in development builds. */
  developerTools?: boolean;
}

/** Each app-command item carries this id, so tests (and a future menu update) can find it. */
export const commandItemId = (command: AppCommand): string => `command:${command}`;

/**
 * The application menu, following each platform's conventions: the macOS app menu with
 * About, Settings, Services, Hide and Quit; File, Edit, View, Window and Help elsewhere.
 * Pure (only a type import from Electron) so every shortcut is unit-tested per platform.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  { appName = 'Mend', developerTools = false }: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // `&` marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const title = (name: string): string => (mac ? name : `&${name}`);

  const commandItem = (
    command: AppCommand,
    label: string,
    accelerator: string,
    extra: Partial<MenuItemConstructorOptions> = {},
  ): MenuItemConstructorOptions => ({
    id: commandItemId(command),
    label,
    accelerator,
    click: () => actions.command(command),
    ...extra,
  });

  const settingsItem = commandItem('preferences', 'Settings…', 'CmdOrCtrl+,');
  // The renderer already answers Ctrl/Cmd+L, Ctrl/Cmd+Shift+H and Ctrl/Cmd+Shift+S on every screen (also in
  // the test harness, which has no menu). Registering them here too would run them twice,
  // so the menu only shows these shortcuts and clicking the item sends the command.
  const lockItem = commandItem('lock', 'Lock Mend', 'CmdOrCtrl+L', { registerAccelerator: false });
  const lockAndHideItem = commandItem('lock-and-hide', 'Lock and Hide', 'CmdOrCtrl+Shift+H', {
    registerAccelerator: false,
  });
  const safetyItem = commandItem('safety', 'If You Are Not Safe', 'CmdOrCtrl+Shift+S', {
    registerAccelerator: false,
  });

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settingsItem,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: title('File'),
    submenu: [
      commandItem('new-entry', 'New Journal Entry', 'CmdOrCtrl+N'),
      commandItem('search', 'Search Journal', 'CmdOrCtrl+F'),
      commandItem('export', 'Export…', 'CmdOrCtrl+Shift+E'),
      separator,
      lockItem,
      lockAndHideItem,
      separator,
      ...(mac ? [{ role: 'close' } as const] : [settingsItem, separator, { role: 'quit' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: title('Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: title('View'),
    submenu: [
      { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      separator,
      { role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
      ...(developerTools
        ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: title('Window'),
    ...(mac ? { role: 'windowMenu' as const } : {}),
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: title('Help'),
    ...(mac ? { role: 'help' as const } : {}),
    submenu: mac ? [safetyItem] : [safetyItem, separator, { role: 'about', label: `About ${appName}` }],
  };

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
