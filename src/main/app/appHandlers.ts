import type { Handlers } from '../ipc/dispatcher';
import type { AppService } from './appService';

/**
 * Binds the app service to `app.info`. (`app.activity` feeds the open journal's idle lock, so
 * journals/journalScope.ts binds it with that journal's other handlers.)
 */
export function appHandlers(app: AppService): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => app.info(),
  };
}
