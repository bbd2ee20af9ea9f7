import type { Handlers } from '../ipc/dispatcher';
import type { PersonalNumbers } from './helplineService';

export type PersonalNumberHandlers = Pick<Handlers, 'helplines.getPersonal' | 'helplines.savePersonal'>;

/** Binds one journal's personal number to its channels (`helplines.list` is the app's). */
export function personalNumberHandlers(personal: PersonalNumbers): PersonalNumberHandlers {
  return {
    'helplines.getPersonal': () => ({ personal: personal.get() }),
    'helplines.savePersonal': ({ personal: next }) => ({ personal: personal.save(next) }),
  };
}
