import { useEffect } from 'react';
import type { AppCommand } from '@shared/ipc/contract';
import { subscribe } from '../api';
import { lockAndHide, lockNow } from '../shell/lockNow';
import { navigate } from '../shell/useHashRoute';

/**
 * Where a menu command leads. The screens belong to their features; this only names the
 * route (`#/journal/new` opens the journal ready for a new entry).
 */
const COMMAND_ROUTES: Record<
  Exclude<AppCommand, 'lock' | 'lock-and-hide' | 'safety'>,
  readonly string[]
> = {
  'new-entry': ['journal', 'new'],
  search: ['journal', 'search'],
  export: ['export'],
  preferences: ['settings'],
};

/**
 * Answers the application menu. "If you are not safe" works on every screen; everything
 * else needs an unlocked journal and is ignored otherwise (the lock screen stays put).
 */
export function useAppCommands({ unlocked, onSafety }: { unlocked: boolean; onSafety(): void }): void {
  useEffect(
    () =>
      subscribe('app.command', ({ command }) => {
        if (command === 'safety') {
          onSafety();
          return;
        }
        if (!unlocked) return;
        if (command === 'lock') {
          void lockNow('shortcut');
          return;
        }
        if (command === 'lock-and-hide') {
          void lockAndHide();
          return;
        }
        navigate(COMMAND_ROUTES[command]);
      }),
    [unlocked, onSafety],
  );
}
