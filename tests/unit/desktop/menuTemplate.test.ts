import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { commandItemId, menuTemplate } from '../../../src/main/electron/menuTemplate';
import type { AppCommand } from '../../../src/shared/ipc/contract';

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, developerTools = false) {
  const sent: AppCommand[] = [];
  const template = menuTemplate(platform, { command: (command) => sent.push(command) }, { developerTools });
  return { template, sent };
}

function allItems(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function commandItem(items: readonly Item[], command: AppCommand): Item {
  const found = allItems(items).find((item) => item.id === commandItemId(command));
  if (found === undefined) throw new Error(`no menu item for ${command}`);
  return found;
}

function roles(items: readonly Item[]): string[] {
  return allItems(items).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

function labels(items: readonly Item[]): string[] {
  return items.map((item) => (item.label ?? '').replace('&', ''));
}

/** Electron's click handler gets (item, window, event); the template's handlers ignore them. */
function click(item: Item): void {
  const handler = item.click as (() => void) | undefined;
  if (handler === undefined) throw new Error(`${item.label ?? ''} has no click handler`);
  handler();
}

const SHORTCUTS: Record<AppCommand, string> = {
  'new-entry': 'CmdOrCtrl+N',
  search: 'CmdOrCtrl+F',
  export: 'CmdOrCtrl+Shift+E',
  lock: 'CmdOrCtrl+L',
  'lock-and-hide': 'CmdOrCtrl+Shift+H',
  preferences: 'CmdOrCtrl+,',
  safety: 'CmdOrCtrl+Shift+S',
};

describe.each(['darwin', 'win32', 'linux'] as const)('the application menu on %s', (platform) => {
  it('has every app shortcut, and each item sends its command to the renderer', () => {
    const { template, sent } = build(platform);
    for (const [command, accelerator] of Object.entries(SHORTCUTS) as [AppCommand, string][]) {
      const item = commandItem(template, command);
      expect(item.accelerator, command).toBe(accelerator);
      click(item);
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('leaves lock and safety shortcuts to the renderer, so they never fire twice', () => {
    const { template } = build(platform);
    expect(commandItem(template, 'lock').registerAccelerator).toBe(false);
    expect(commandItem(template, 'lock-and-hide').registerAccelerator).toBe(false);
    expect(commandItem(template, 'safety').registerAccelerator).toBe(false);
    expect(commandItem(template, 'new-entry').registerAccelerator).toBeUndefined();
  });

  it('has the standard edit roles, so copy, paste and undo work in every field', () => {
    const { template } = build(platform);
    const edit = template.find((menu) => labels([menu])[0] === 'Edit');
    expect(roles(edit?.submenu as Item[])).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']),
    );
  });

  it('has zoom and full screen with their shortcuts', () => {
    const items = allItems(build(platform).template);
    const byRole = (role: string) => items.find((item) => item.role === role);
    expect(byRole('resetZoom')?.accelerator).toBe('CmdOrCtrl+0');
    expect(byRole('zoomIn')?.accelerator).toBe('CmdOrCtrl+Plus');
    expect(byRole('zoomOut')?.accelerator).toBe('CmdOrCtrl+-');
    expect(byRole('togglefullscreen')?.accelerator).toBe(platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11');
  });

  it('offers reload and developer tools only in development builds', () => {
    expect(roles(build(platform, false).template)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
    expect(roles(build(platform, false).template)).not.toContain('reload');
    expect(roles(build(platform, true).template)).toEqual(
      expect.arrayContaining(['toggleDevTools', 'reload']),
    );
  });

  it('has exactly one Settings item', () => {
    const items = allItems(build(platform).template).filter(
      (item) => item.id === commandItemId('preferences'),
    );
    expect(items).toHaveLength(1);
  });
});

describe('platform conventions', () => {
  it('macOS starts with the app menu: About, Settings, Services, Hide, Quit', () => {
    const { template } = build('darwin');
    expect(labels(template)).toEqual(['Mend', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = template[0]?.submenu as Item[];
    expect(roles(appMenu)).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(appMenu.some((item) => item.id === commandItemId('preferences'))).toBe(true);
    expect(template[4]?.role).toBe('windowMenu');
    expect(template[5]?.role).toBe('help');
  });

  it.each(['win32', 'linux'] as const)(
    '%s has File, Edit, View, Window, Help with Alt mnemonics',
    (platform) => {
      const { template } = build(platform);
      expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
      const file = template[0]?.submenu as Item[];
      expect(file.some((item) => item.id === commandItemId('preferences'))).toBe(true);
      expect(file.at(-1)?.role).toBe('quit');
      expect(roles(template)).not.toContain('services');
    },
  );
});
