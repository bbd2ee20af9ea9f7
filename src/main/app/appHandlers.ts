import type { Handlers } from '../ipc/dispatcher';
import type { AppService } from './appService';
import type { AppSession } from './appSession';

/** Binds the app service to `app.info`, which answers before any journal is chosen (createMend.ts). */
export function appHandlers(app: AppService): Pick<Handlers, 'app.info'> {
  return {
    'app.info': () => app.info(),
  };
}

/** Binds the open journal's app session to the other `app.*` channels (journals/journalScope.ts). */
export function appSessionHandlers(session: AppSession): Pick<Handlers, 'app.activity' | 'app.lockAndHide'> {
  return {
    'app.activity': () => {
      session.activity();
      return null;
    },
    'app.lockAndHide': () => session.lockAndHide(),
  };
}
