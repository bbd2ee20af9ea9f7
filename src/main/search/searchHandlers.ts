import type { HandlersFor } from '../ipc/dispatcher';
import type { JournalService } from '../journal/journalService';

/** Binds search (journal entries and step notes, one index) to its channel. */
export function searchHandlers(search: Pick<JournalService, 'search'>): HandlersFor<'search'> {
  return {
    'search.query': (request) => search.search(request),
  };
}
