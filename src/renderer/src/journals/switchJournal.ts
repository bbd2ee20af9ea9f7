import { call } from '../api';
import { flushAll } from '../shell/flushers';
import { FLUSH_BEFORE_LOCK_MS } from '../shell/lockNow';

/**
 * Leaves the open journal for another one: saves what editors still hold, locks it (its keys
 * are zeroed in main), goes back to the chooser, and reloads the page so nothing of this
 * journal stays in renderer memory. `then` is what happens after the lock: the chooser, or
 * first setup of a new journal.
 */
export async function switchJournal(then: { create: string | undefined } | 'choose'): Promise<void> {
  try {
    await flushAll(FLUSH_BEFORE_LOCK_MS);
    // One call: main locks the journal and leaves it, so a reload on the lock event cannot
    // come between the two.
    if (then === 'choose') await call('journals.leave');
    else await call('journals.create', then.create === undefined ? {} : { name: then.create });
  } finally {
    window.location.reload();
  }
}
