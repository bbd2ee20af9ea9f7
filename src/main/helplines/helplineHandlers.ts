import type { Handlers } from '../ipc/dispatcher';
import type { HelplineService } from './helplineService';

export type HelplineHandlers = Pick<
  Handlers,
  'helplines.list' | 'helplines.getPersonal' | 'helplines.savePersonal'
>;

/** Binds the helpline service to its channels. */
export function helplineHandlers(helplines: HelplineService): HelplineHandlers {
  return {
    'helplines.list': () => helplines.list(),
    'helplines.getPersonal': () => ({ personal: helplines.personal() }),
    'helplines.savePersonal': ({ personal }) => ({ personal: helplines.savePersonal(personal) }),
  };
}
