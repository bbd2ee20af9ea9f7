import type { Channel, EventName } from './channels';
import type { InputOf, OutputOf, EventPayload } from './contract';
import type { Envelope } from './envelope';

/**
 * The shape of the object the preload exposes as `window.mend`: one async function per
 * channel, called by its full name, plus a subscription to main's events. Calls resolve to
 * envelopes; the renderer's api module turns failures into typed errors.
 */
export type ExposedApi = {
  readonly [C in Channel]: (input?: InputOf<C>) => Promise<Envelope<OutputOf<C>>>;
} & {
  readonly subscribe: <E extends EventName>(
    event: E,
    listener: (payload: EventPayload<E>) => void,
  ) => () => void;
};

/** The global name the preload exposes the API under. */
export const EXPOSED_NAME = 'mend';
