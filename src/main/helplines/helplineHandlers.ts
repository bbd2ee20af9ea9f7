import type { HelplineList } from '@shared/ipc/contract';
import type { Handlers } from '../ipc/dispatcher';
import type { PersonalNumbers } from './helplineService';

/** Binds the bundled list to `helplines.list`: the app's, answered locked or not (createMend.ts). */
export function helplineListHandlers(list: () => HelplineList): Pick<Handlers, 'helplines.list'> {
  return {
    'helplines.list': () => list(),
  };
}

/** Binds one journal's personal number to its channels (journals/journalScope.ts). */
export function personalNumberHandlers(
  personal: PersonalNumbers,
): Pick<Handlers, 'helplines.getPersonal' | 'helplines.savePersonal'> {
  return {
    'helplines.getPersonal': () => ({ personal: personal.get() }),
    'helplines.savePersonal': ({ personal: next }) => ({ personal: personal.save(next) }),
  };
}
