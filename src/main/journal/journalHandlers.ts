import { JOURNAL_LIMITS } from '@shared/ipc/contracts/journal';
import type { HandlersFor } from '../ipc/dispatcher';
import type { JournalService } from './journalService';

/** Binds the journal service to its channels; the contract has validated every input. */
export function journalHandlers(journal: JournalService): HandlersFor<'journal'> {
  return {
    'journal.create': (input) => journal.create(input),
    'journal.get': ({ id }) => journal.get(id),
    'journal.update': (patch) => journal.update(patch),
    'journal.list': ({ filter, after, limit }) => journal.list(filter, after, limit),
    'journal.neighbor': ({ id, direction, filter }) => ({ id: journal.neighbor(id, direction, filter) }),
    'journal.calendar': ({ month }) => ({ days: journal.calendar(month) }),
    'journal.tags': () => ({ tags: journal.tags() }),
    'journal.trash': ({ id }) => journal.trash(id),
    'journal.restore': ({ id }) => journal.restore(id),
    'journal.trashList': () => ({ items: journal.trashList(), keepDays: JOURNAL_LIMITS.trashDays }),
    'journal.erase': ({ id }) => ({ erased: journal.erase(id) }),
  };
}
