/**
 * Builds the page API from the channel list: one named async function per channel and a
 * `subscribe` for main's events, with the listeners kept here. The transport gives two
 * things: `invoke` for calls, and `onEvent`, which hands it the one function to call with each
 * event main sends. Generic over the contract and nothing else.
 *
 * This function must stay self-contained (no imports used inside, no outer variables):
 * the end-to-end harness injects its source text into the page, so the tests run the very
 * same code the preload runs, listener bookkeeping included.
 */
export function buildApi(
  channels: readonly string[],
  events: readonly string[],
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  onEvent: (deliver: (name: unknown, payload: unknown) => void) => void,
): Record<string, unknown> {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  onEvent((name, payload) => {
    if (typeof name !== 'string') return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });
  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    api[channel] = (input?: unknown) => invoke(channel, input);
  }
  api['subscribe'] = (event: unknown, listener: unknown) => {
    if (typeof event !== 'string' || !events.includes(event) || typeof listener !== 'function') {
      throw new TypeError('subscribe needs a known event name and a function');
    }
    // Only the payload crosses: the listener never sees an IPC event object.
    const forward = (payload: unknown) => (listener as (p: unknown) => void)(payload);
    const set = listeners.get(event) ?? new Set();
    set.add(forward);
    listeners.set(event, set);
    return () => {
      set.delete(forward);
    };
  };
  return Object.freeze(api);
}
