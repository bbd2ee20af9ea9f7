import type { VaultStatus } from '@shared/ipc/contract';
import type { IdleLock } from '../lifecycle/idleLock';
import type { VaultService } from '../vault/vaultService';
import { lockAndHide, NO_WINDOW, type WindowMinimizer } from './lockAndHide';

/**
 * What the window tells the app about the open journal: that the person is still there
 * (main's idle lock starts its period again), or that it must disappear now ("lock and hide").
 * Built with each journal's services (journals/journalScope.ts), since both act on that journal.
 */
export interface AppSession {
  activity(): void;
  lockAndHide(): Promise<VaultStatus>;
}

export function createAppSession(deps: {
  idleLock: Pick<IdleLock, 'activity'>;
  vault: Pick<VaultService, 'lock'>;
  windowMinimizer?: WindowMinimizer | undefined;
}): AppSession {
  return {
    activity: () => deps.idleLock.activity(),
    lockAndHide: () => lockAndHide(deps.vault, deps.windowMinimizer ?? NO_WINDOW),
  };
}
