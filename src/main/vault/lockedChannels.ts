import { MendError } from '@shared/errors';
import type { Channel } from '@shared/ipc/channels';
import type { Handler, Handlers } from '../ipc/dispatcher';

/**
 * What a person at a locked Mend may do: exactly what the lock screen, the first-run screens,
 * the recovery screens and the "If you are not safe" page need. Everything else answers
 * LOCKED before any service runs, so no channel can change the journal's protection (turn
 * off "remember on this computer", auto-lock or screen-capture protection) while it is locked.
 * docs/security.md lists the same channels.
 */
export const ALLOWED_WHILE_LOCKED: ReadonlySet<Channel> = new Set<Channel>([
  'app.info',
  // The window reports that the person is there; while locked it changes nothing, and the
  // lock screen may report it too without being told off.
  'app.activity',
  // Choosing a journal (several journals in one data folder); removing one needs its secret.
  'journals.list',
  'journals.choose',
  'journals.leave',
  'journals.create',
  'journals.removalPlan',
  'journals.remove',
  'vault.status',
  // The first run (there is no journal yet) and the way in.
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.keychainStatus',
  'vault.unlockWithKeychain',
  // The recovery screens: a damaged or mismatched key file, a damaged journal.
  'vault.repairKey',
  'vault.acknowledgeDamage',
  'backup.list',
  'backup.restore',
  // Bringing a journal from another computer onto one that has none.
  'transfer.restoreBackupFile',
  // The "If you are not safe" page, reachable everywhere, with its public helplines, and its
  // "Hide Mend now": locking a locked journal changes nothing; the window gets out of sight.
  'app.lockAndHide',
  'program.safety',
  'helplines.list',
  // The lock screen follows the theme and text size.
  'settings.get',
  'settings.update',
]);

/**
 * Settings a locked Mend may change: how it looks (and which country's helplines the safety
 * page shows), never how it protects the journal.
 */
const SETTINGS_ALLOWED_WHILE_LOCKED = new Set(['theme', 'textSize', 'helplineCountry']);

function locked(): MendError {
  return new MendError('LOCKED', 'Unlock Mend first.');
}

/** Wraps every handler so a locked vault refuses all but the channels above. */
export function guardWhileLocked(handlers: Handlers, isUnlocked: () => boolean): Handlers {
  const guarded = { ...handlers } as Record<Channel, Handler<Channel>>;
  for (const channel of Object.keys(handlers) as Channel[]) {
    const handler = handlers[channel] as Handler<Channel>;
    if (channel === 'settings.update') {
      guarded[channel] = (input, sender) => {
        const fields = Object.keys((input ?? {}) as object);
        if (!isUnlocked() && fields.some((field) => !SETTINGS_ALLOWED_WHILE_LOCKED.has(field))) throw locked();
        return handler(input, sender);
      };
    } else if (!ALLOWED_WHILE_LOCKED.has(channel)) {
      guarded[channel] = (input, sender) => {
        if (!isUnlocked()) throw locked();
        return handler(input, sender);
      };
    }
  }
  return guarded as Handlers;
}
